package followup.cli;

import followup.UserException;
import followup.model.Application;
import followup.schedule.Action;
import followup.store.ApplicationTrees;
import followup.store.Problem;
import followup.store.Store;
import followup.transfer.CsvExport;
import followup.transfer.JsonExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export",
        header = "Every application as CSV (for a spreadsheet) or JSON (everything, to import elsewhere).",
        description = {"CSV (the default): one row per application with id, company, role, status, source, applied, "
                + "first and last interview, decision-by, the next action and its due date (as 'today' "
                + "schedules it, --as-of included), the first contact's name and email, and url. RFC 4180, UTF-8.",
            "",
            "JSON (--json): every field of every file, your own keys and the whole log included; "
                + "'followup import' of it into an empty home gives the same applications with the same ids.",
            "",
            "The export holds personal data: --output writes it with mode 0600, atomically."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup export --output applications.csv",
            "  followup export --json --output backup.json",
            "  followup export | python3 -c \\",
            "      'import csv,sys; print(len(list(csv.DictReader(sys.stdin))))'"})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Option(names = "--csv", description = "CSV, one row per application (the default).")
    private boolean csv;

    @Option(names = "--json", description = "JSON with every field and the log.")
    private boolean json;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE (atomically, mode 0600) instead of standard output ('-').")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (csv && json) {
            throw UserException.usage("--csv and --json: choose one");
        }
        Path file = OutputFile.checked(output);
        Store store = root.store();
        List<Problem> problems = new ArrayList<>();
        String text;
        if (json) {
            ApplicationTrees.Loaded loaded = ApplicationTrees.loadAll(store);
            problems.addAll(loaded.problems());
            List<ApplicationTrees.Tree> trees = new ArrayList<>();
            for (ApplicationTrees.Tree t : loaded.trees()) {
                if (t.fields().containsKey("id")) {
                    // the export names each application by "id": a key of that name would hide it
                    problems.add(new Problem(store.file(t.id()).toString(), "applications/" + t.id() + ".yaml", 1, 1,
                            "has its own key 'id', which the JSON export uses for the file's name; rename that key"));
                } else {
                    trees.add(t);
                }
            }
            text = JsonExport.write(trees, problems);
        } else {
            Store.Loaded loaded = store.loadAll();
            problems.addAll(loaded.problems());
            NextActions next = new NextActions(root, loaded.applications());
            List<List<String>> rows = new ArrayList<>();
            for (Application a : loaded.applications()) {
                List<Action> actions = next.of(a);
                rows.add(CsvExport.row(a, actions.isEmpty() ? null : actions.get(0)));
            }
            text = CsvExport.write(rows);
        }
        OutputFile.write(root.out(), file, text);
        return Problems.report(root.err(), problems);
    }
}
