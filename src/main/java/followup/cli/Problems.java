package followup.cli;

import followup.store.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Reports unreadable files on stderr, one {@code path:line:col: message} line each. */
final class Problems {

    private Problems() {
    }

    /** @return the exit code: 1 when there was any problem */
    static int report(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(p);
        }
        if (!problems.isEmpty()) {
            err.println("followup: " + problems.size() + (problems.size() == 1 ? " file" : " files")
                    + " could not be read; the others were handled ('followup check' lists every problem)");
        }
        return problems.isEmpty() ? Cli.OK : Cli.DATA;
    }
}
