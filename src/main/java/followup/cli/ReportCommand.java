package followup.cli;

import followup.report.Page;
import followup.report.Report;
import followup.store.Store;
import java.io.IOException;
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
        Path file = OutputFile.checked(output);
        root.noteMissingHome(root.err());
        Store.Loaded loaded = root.store().loadAll();
        String page = Page.html(Report.of(loaded.applications(), root.config(), root.today()));
        OutputFile.write(root.out(), file, page);
        return Problems.report(root.err(), loaded);
    }
}
