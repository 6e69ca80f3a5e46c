package followup.cli;

import followup.DidYouMean;
import com.fasterxml.jackson.core.JsonGenerator;
import followup.UserException;
import followup.model.Application;
import followup.model.Status;
import followup.schedule.History;
import followup.store.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list",
        header = "List applications with their status and next action.",
        description = {"Open applications (applied, interviewing, offer) by default; closed ones "
                + "(accepted, declined, rejected, withdrawn, closed) only with --all."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup list", "  followup list --all --status rejected", "  followup list --json | jq -r '.applications[].id'"})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Option(names = "--all", description = "Include closed applications.")
    private boolean all;

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = StatusNames.class,
            description = "Only this status: ${COMPLETION-CANDIDATES}.")
    private String status;

    @Option(names = "--json", description = "JSON for scripts.")
    private boolean json;

    static final class StatusNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Status.values()).map(Status::id).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        Status only = status == null ? null : Status.parse(status).orElseThrow(() -> UserException.usage(
                "--status: " + DidYouMean.unknown("status", status, Status.names(), "statuses")));
        root.noteMissingHome(root.err());
        Store.Loaded loaded = root.store().loadAll();
        // as the application stood on the as-of date: an application rejected on the 25th is
        // still interviewing, and listed, as of the 20th (SPEC §6)
        List<History> shown = new ArrayList<>();
        for (Application a : loaded.applications()) {
            History h = new History(a, root.today());
            if (only != null ? h.status == only : all || h.status.isOpen()) {
                shown.add(h);
            }
        }
        NextActions next = new NextActions(root, loaded.applications());
        if (json) {
            JsonGenerator g = Json.open(root.out());
            g.writeStartObject();
            g.writeStringField("as_of", root.today().toString());
            g.writeArrayFieldStart("applications");
            for (History h : shown) {
                g.writeStartObject();
                Json.fields(g, h);
                next.json(g, h.app);
                g.writeEndObject();
            }
            g.writeEndArray();
            Json.errors(g, loaded.problems());
            g.writeEndObject();
            Json.close(g, root.out());
        } else if (shown.isEmpty()) {
            root.out().println(loaded.applications().isEmpty()
                    ? "No applications yet. Add one: followup add \"Acme Corp\" --interview today"
                    : "No " + (only != null ? only.id() : "open") + " applications" + (all || only != null ? "." : " (--all shows closed ones)."));
        } else {
            Table table = new Table(root.style(), "ID", "STATUS", "COMPANY", "NEXT");
            for (History h : shown) {
                Application a = h.app;
                table.row(a.id(), h.status.id(), a.company() + (a.role() != null ? " — " + a.role() : ""),
                        next.text(a));
            }
            table.print(root.out(), root.width());
        }
        return Problems.report(root.err(), loaded);
    }
}
