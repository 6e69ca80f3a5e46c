package followup.cli;

import followup.store.Problem;
import followup.store.Store;
import java.io.PrintWriter;
import java.util.List;

/**
 * Reports unreadable files on stderr, one {@code path:line:col: message} line each, and the likely
 * typos of our keys in the files that read (warnings, which leave the exit code alone).
 */
final class Problems {

    private Problems() {
    }

    /** The warnings, then the problems, of what a command read; @return the exit code, 1 when any file could not be read */
    static int report(PrintWriter err, Store.Loaded loaded) {
        warn(err, loaded.warnings());
        return report(err, loaded.problems());
    }

    /** One line per warning: a key one or two edits from one of ours ("did you mean"). */
    static void warn(PrintWriter err, List<Problem> warnings) {
        for (Problem p : warnings) {
            err.println(p);
        }
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
