package followup.cli;

import followup.UserException;
import followup.model.Application;
import followup.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rm",
        header = "Delete an application file (a mistaken or duplicate add).",
        description = {"Asks first on a terminal; anywhere else it needs --yes. When the data home is a git "
                + "repository the deletion is a commit of its own, which 'followup git revert' undoes. "
                + "An application that ended is not a mistake: log its outcome (rejected, withdrew, closed) "
                + "instead, so stats and keep-in-touch still know it."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup rm globex-2", "  followup rm globex-2 --yes    # in a script"})
final class RmCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(paramLabel = "ID", description = "The application's id.")
    private String id;

    @Option(names = "--yes", description = "Delete without asking (needed when stdin is not a terminal).")
    private boolean yes;

    @Override
    public Integer call() throws IOException {
        Store store = root.store();
        Application app = store.load(id); // unknown id or unreadable file: said before anything is asked
        boolean git = root.git().isRepository();
        if (!yes) {
            if (!root.environment().stdinTerminal()) {
                throw UserException.usage("rm deletes " + store.file(id) + "; say so with --yes (stdin is not a terminal)");
            }
            String what = app.company() + (app.role() == null ? "" : " — " + app.role()) + ", " + app.log().size()
                    + (app.log().size() == 1 ? " log entry" : " log entries");
            String answer = root.environment().prompter().get().ask("Delete " + id + " (" + what + ")"
                    + (git ? "" : "; there is no history to bring it back") + "? [y/N]", List.of("y", "n"));
            if (!answer.toLowerCase(Locale.ROOT).startsWith("y")) {
                throw UserException.data("not deleted: " + store.file(id) + " is unchanged");
            }
        }
        store.remove(id);
        root.out().println(id + ": deleted" + (git ? " (a commit of its own: 'followup git revert --no-edit HEAD' brings it back)" : ""));
        return Cli.OK;
    }
}
