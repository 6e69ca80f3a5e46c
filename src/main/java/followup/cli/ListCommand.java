package followup.cli;

import followup.DidYouMean;
import com.fasterxml.jackson.core.JsonGenerator;
import followup.UserException;
import followup.model.Application;
import followup.model.Status;
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
        List<Application> shown = new ArrayList<>();
        for (Application a : loaded.applications()) {
            if (only != null ? a.status() == only : all || a.status().isOpen()) {
                shown.add(a);
            }
        }
        NextActions next = new NextActions(root, loaded.applications());
        if (json) {
            JsonGenerator g = Json.open(root.out());
            g.writeStartObject();
            g.writeStringField("as_of", root.today().toString());
            g.writeArrayFieldStart("applications");
            for (Application a : shown) {
                g.writeStartObject();
                Json.fields(g, a);
                next.json(g, a);
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
            for (Application a : shown) {
                table.row(a.id(), a.status().id(), a.company() + (a.role() != null ? " — " + a.role() : ""),
                        next.text(a));
            }
            table.print(root.out(), root.width());
        }
        return Problems.report(root.err(), loaded.problems());
    }
}
