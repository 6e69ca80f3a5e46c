package followup.cli;

import followup.UserException;
import followup.store.Store;
import followup.store.StoreLock;
import followup.transfer.ImportPlan;
import followup.transfer.Importer;
import followup.transfer.Incoming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import",
        header = "Create applications from another tracker's export (LinkedIn, any CSV, followup's JSON).",
        description = {"Reads LinkedIn's Job Applications.csv (from its data export), any CSV with a header row "
                + "(Huntr, Teal, Simplify, a spreadsheet: columns matched by name, --map for the rest), or "
                + "followup's own 'export --json'. One application per row; a row whose company and role, or "
                + "posting URL, is already in the home is left as it is, so running an import twice creates "
                + "nothing new. Prints what was created, already there and refused, and FILE:LINE: why for "
                + "each refused row; exits 1 if any was refused.",
            "",
            "LinkedIn's screening answers and résumé name are never read. Rows saved but not applied to "
                + "(wishlist, saved) and dates that could be read two ways (3/4/2026) are refused, never guessed."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup import ~/Downloads/Jobs/\"Job Applications.csv\"",
            "  followup import huntr.csv --map \"Job Board=source\" --dry-run",
            "  followup --home ~/new-home import backup.json"})
final class ImportCommand implements Callable<Integer> {

    /** Larger than any tracker's export of a person's search. */
    private static final long MAX_FILE = 64L * 1024 * 1024;

    @ParentCommand
    private RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The exported files (CSV or JSON).")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "Read every FILE as ${COMPLETION-CANDIDATES} (default: told by each file's content).")
    private String format;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD",
            description = "Read a CSV column as a field: company, role, status, applied, url, contact, email, "
                    + "phone, source, notes, decision-by, id, or ignore; repeatable.")
    private List<String> maps = new ArrayList<>();

    @Option(names = "--dry-run", description = "Say what would be imported; write nothing.")
    private boolean dryRun;

    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("linkedin", "csv", "json").iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        Importer.Format forced = format == null ? null : Importer.Format.parse(format);
        Importer.Maps columns = Importer.maps(maps);
        List<Importer.Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new Importer.Source(file.toString(), bytes(file)));
        }
        Importer.Read read = Importer.read(sources, forced, columns, root.config().me());
        for (String note : read.notes()) {
            root.err().println("followup: " + note);
        }
        Store store = root.store();
        List<ImportPlan.Decision> decisions;
        Store.Loaded loaded;
        if (dryRun) {
            loaded = store.loadAll();
            decisions = ImportPlan.decide(loaded.applications(), new HashSet<>(store.ids()), read.rows());
        } else {
            // under the lock: what is already there cannot change between the look and the writes
            try (StoreLock lock = store.lock()) {
                loaded = store.loadAll();
                decisions = ImportPlan.decide(loaded.applications(), new HashSet<>(store.ids()), read.rows());
                write(store, decisions);
            }
        }
        return report(decisions, loaded);
    }

    private static byte[] bytes(Path file) throws IOException {
        try {
            if (!Files.exists(file)) {
                throw UserException.data(file + ": does not exist");
            }
            if (Files.isDirectory(file)) {
                throw UserException.data(file + ": is a folder; name the exported file");
            }
            if (!Files.isRegularFile(file)) {
                throw UserException.data(file + ": is not a regular file"); // a FIFO would hang the read
            }
            if (Files.size(file) > MAX_FILE) {
                throw UserException.data(file + ": is larger than 64 MiB; an export of applications is far smaller");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserException.data(file + ": does not exist");
        }
    }

    /** Creates the files: one summary for them all, so a git home gets one commit for the import. */
    private void write(Store store, List<ImportPlan.Decision> decisions) throws IOException {
        int count = 0;
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (ImportPlan.Decision d : decisions) {
            if (d.outcome() == ImportPlan.Outcome.CREATED) {
                count++;
                names.add(Path.of(d.row().file()).getFileName().toString());
            }
        }
        String summary = "import " + count + (count == 1 ? " application" : " applications") + " from "
                + String.join(", ", names);
        Progress progress = new Progress(root, count);
        for (int i = 0; i < decisions.size(); i++) {
            ImportPlan.Decision d = decisions.get(i);
            if (d.outcome() == ImportPlan.Outcome.CREATED) {
                String id = store.create(d.id(), d.text(), summary);
                decisions.set(i, new ImportPlan.Decision(d.row(), d.outcome(), id, d.text(), null));
                progress.step();
            }
        }
        progress.done();
    }

    private int report(List<ImportPlan.Decision> decisions, Store.Loaded loaded) {
        int created = 0;
        int there = 0;
        int refused = 0;
        for (ImportPlan.Decision d : decisions) {
            switch (d.outcome()) {
                case CREATED -> created++;
                case ALREADY_THERE -> there++;
                case REFUSED -> {
                    refused++;
                    Incoming row = d.row();
                    root.out().println(row.file() + ":" + row.line() + ": " + d.why());
                }
                default -> throw new IllegalStateException();
            }
        }
        root.out().println("created " + created);
        root.out().println("already there " + there);
        root.out().println("refused " + refused);
        if (dryRun) {
            root.err().println("followup: dry run: nothing was written");
        }
        if (refused > 0) {
            root.err().println("followup: " + refused + (refused == 1 ? " row was refused (listed above); fix it"
                    : " rows were refused (listed above); fix them") + " and import again: rows already there are left as"
                    + " they are");
        }
        int problems = Problems.report(root.err(), loaded.problems());
        return refused > 0 ? Cli.DATA : problems;
    }

    /** "importing 120/300" on stderr, on a terminal, for an import long enough to wait for. */
    private static final class Progress {
        private final RootCommand root;
        private final int total;
        private final boolean shown;
        private int done;

        Progress(RootCommand root, int total) {
            this.root = root;
            this.total = total;
            this.shown = total >= 50 && root.environment().stdoutTerminal();
        }

        void step() {
            done++;
            if (shown && (done % 10 == 0 || done == total)) {
                root.err().print("\rimporting " + done + "/" + total);
                root.err().flush();
            }
        }

        void done() {
            if (shown) {
                root.err().print("\r\u001b[K");
                root.err().flush();
            }
        }
    }
}
