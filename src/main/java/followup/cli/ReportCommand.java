package followup.cli;

import followup.UserException;
import followup.report.Page;
import followup.report.Report;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report",
        header = "One HTML page of your search: where the applications went, a timeline each, your habits.",
        description = {"Writes a self-contained page (inline SVG and CSS, no script, nothing from the network) "
                + "that opens the same offline, as a mail attachment and printed: what needs you now, a flow "
                + "diagram from applied to interviewed, offer and accepted with the branches to rejected, "
                + "withdrawn, closed and no answer yet (counts on every band, drawn to scale), one timeline per "
                + "application on a shared date axis (interviews, what you sent, what they answered, the "
                + "outcome, the next action due; the ones gone quiet stand out), and the follow-up habits of "
                + "'followup stats'. --as-of shows the search as it stood that day.",
            "",
            "The page holds personal data: it is written with mode 0600, atomically, to report.html in the "
                + "current folder unless --output says otherwise."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup report && xdg-open report.html",
            "  followup report --output ~/search.html",
            "  followup --as-of 2026-10-01 report --output october.html",
            "  followup report --output - | wc -c"})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "report.html",
            description = "Write the page to FILE (atomically, mode 0600; default: ${DEFAULT-VALUE} in the current "
                    + "folder); '-' for standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Path file = output.toString().equals("-") ? null : output.toAbsolutePath();
        if (file != null && (Files.isDirectory(file) || !Files.isDirectory(file.getParent()))) {
            throw UserException.data("--output: " + (Files.isDirectory(file) ? output + " is a folder"
                    : "the folder " + file.getParent() + " does not exist"));
        }
        if (file != null && Files.exists(file) && !Files.isRegularFile(file)) {
            throw UserException.data("--output: " + output + " is not a regular file (" + Store.kind(file)
                    + "); it is left as it is");
        }
        root.noteMissingHome(root.err());
        Store.Loaded loaded = root.store().loadAll();
        String page = Page.html(Report.of(loaded.applications(), root.config(), root.today()));
        if (file == null) {
            root.out().print(page);
            root.out().flush();
        } else {
            AtomicFiles.replace(file, page.getBytes(StandardCharsets.UTF_8));
        }
        return Problems.report(root.err(), loaded);
    }
}
