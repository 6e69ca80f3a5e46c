package followup.cli;

import followup.UserException;
import followup.draft.DraftException;
import followup.draft.DraftKind;
import followup.draft.Drafter;
import followup.store.EditCopies;
import followup.store.Problem;
import followup.store.Store;
import followup.sync.UnmergedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check",
        header = "Validate every application file, the config and your templates.",
        description = {"Prints one 'path:line:col: message' line per problem and exits 1 if there is any; "
                + "the message never quotes the file's contents. In a git repository, also names every "
                + "file git holds unmerged ('path: unmerged: ...') with the commands that resolve it.",
            "",
            "Also names, on stderr, each working copy an edit left behind (killed, or not saved) with "
                + "the commands that keep or discard it; these are warnings: alone, they leave the exit "
                + "code 0."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup check", "  followup check && git commit -am 'job search'"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Override
    public Integer call() throws IOException {
        root.noteMissingHome(root.err());
        Store store = root.store();
        Store.Loaded loaded = store.loadAll();
        List<Problem> problems = new ArrayList<>(loaded.problems());
        root.config(); // a bad config is reported as a data error by the handler
        for (Problem p : problems) {
            root.out().println(p);
        }
        int unmerged = 0;
        try {
            for (String line : new UnmergedFiles(root.git()).lines()) {
                root.out().println(line);
                unmerged++;
            }
        } catch (IOException e) {
            root.err().println("followup: warning: cannot ask git which files a merge left unmerged: " + e.getMessage());
        }
        int n = loaded.applications().size() + problems.size();
        // likely typos of our keys: warnings, which alone leave the exit code at 0
        List<Problem> typos = loaded.warnings();
        for (Problem p : typos) {
            root.out().println(p);
        }
        UserTemplates templates = new UserTemplates(root.configFolder().resolve("templates"));
        for (DraftKind kind : DraftKind.values()) {
            try {
                // a template that cannot be read (too large, not a file) is one more problem, named
                templates.find(kind).ifPresent(Drafter::check);
            } catch (DraftException | UserException e) {
                root.out().println(e.getMessage());
                problems.add(null);
            }
        }
        // copies an edit left behind are warnings (SPEC §8): named, with how to keep or discard
        // them, on stderr like every other command that finds them; they leave the exit code alone
        for (EditCopies.Abandoned copy : store.abandonedEdits()) {
            root.err().println("followup: " + copy.notice());
        }
        if (problems.isEmpty() && unmerged == 0) {
            root.out().println("ok: " + n + (n == 1 ? " application" : " applications") + " checked in " + store.folder()
                    + (typos.isEmpty() ? "" : " (" + typos.size() + (typos.size() == 1 ? " warning" : " warnings") + ")"));
            return Cli.OK;
        }
        int found = problems.size() + unmerged;
        root.err().println("followup: " + found + (found == 1 ? " problem" : " problems")
                + " found; fix the files named above");
        return Cli.DATA;
    }
}
