package followup.cli;

import followup.store.Problem;
import followup.store.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import followup.draft.DraftException;
import followup.draft.DraftKind;
import followup.draft.Drafter;
import followup.draft.TemplateText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check",
        header = "Validate every application file, the config and your templates.",
        description = {"Prints one 'path:line:col: message' line per problem and exits 1 if there is any; "
                + "the message never quotes the file's contents."},
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
        int n = loaded.applications().size() + problems.size();
        // likely typos of our keys: warnings, which alone leave the exit code at 0
        List<Problem> typos = store.typos(loaded.applications());
        for (Problem p : typos) {
            root.out().println(p);
        }
        UserTemplates templates = new UserTemplates(root.configFolder().resolve("templates"));
        for (DraftKind kind : DraftKind.values()) {
            Optional<TemplateText> template = templates.find(kind);
            try {
                template.ifPresent(Drafter::check);
            } catch (DraftException e) {
                root.out().println(e.getMessage());
                problems.add(null);
            }
        }
        if (problems.isEmpty()) {
            root.out().println("ok: " + n + (n == 1 ? " application" : " applications") + " checked in " + store.folder()
                    + (typos.isEmpty() ? "" : " (" + typos.size() + (typos.size() == 1 ? " warning" : " warnings") + ")"));
            return Cli.OK;
        }
        root.err().println("followup: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found; fix the files named above");
        return Cli.DATA;
    }
}
