package followup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.schedule.Action;
import followup.schedule.History;
import followup.store.Store;
import followup.text.DateText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show",
        header = "Show one application: fields, log, and what comes next and why.",
        description = {"Prints the application's fields and contacts, its interviews and log, then each "
                + "action the playbook has coming for it: when it is due, why, and the commands that write its draft "
                + "and record it done, as 'today' prints them. "
                + "Offers and signed contracts elsewhere count, as in 'today'. With --as-of, the "
                + "application as it stood that day: its status and decision date replayed from the log."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup show acme", "  followup show acme --json"})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(paramLabel = "ID", description = "The application's id.")
    private String id;

    @Option(names = "--json", description = "JSON for scripts.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Store store = root.store();
        // offers and acceptances elsewhere change this one's actions: schedule across all of them;
        // an id not among them is unknown or invalid, and load says which
        Store.Loaded loaded = store.loadAll();
        Application app = loaded.find(id).orElseGet(() -> store.load(id));
        NextActions next = new NextActions(root, loaded.applications());
        LocalDate today = root.today();
        History h = new History(app, today);
        PrintWriter out = root.out();
        Problems.warn(root.err(), loaded.warnings(app.id()));
        if (json) {
            JsonGenerator g = Json.open(out);
            g.writeStartObject();
            Json.full(g, h);
            g.writeArrayFieldStart("actions");
            for (Action a : next.of(app)) {
                g.writeStartObject();
                TodayCommand.actionFields(g, a, today);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            Json.close(g, out);
            return Cli.OK;
        }
        Style style = root.style();
        int width = root.width();
        for (String line : Wrap.hanging(app.company() + (app.role() != null ? " — " + app.role() : "") + "  [" + app.id() + "]",
                "", "", width)) {
            out.println(style.bold(line));
        }
        field(out, width, "status", h.status.id());
        field(out, width, "source", app.source());
        field(out, width, "url", app.url());
        field(out, width, "applied", app.applied() == null ? null : DateText.dayAndYear(app.applied()));
        LocalDate decision = h.decisionBy();
        field(out, width, "decision by", decision == null ? null : DateText.dayAndYear(decision));
        field(out, width, "anchor", app.anchor());
        for (Contact c : app.contacts()) {
            StringBuilder sb = new StringBuilder(c.name());
            if (c.title() != null) {
                sb.append(", ").append(c.title());
            }
            for (String s : new String[] {c.email(), c.phone(), c.linkedin()}) {
                if (s != null) {
                    sb.append("  ").append(s);
                }
            }
            if (c.anchor() != null) {
                sb.append("  (anchor: ").append(c.anchor().strip()).append(')');
            }
            field(out, width, "contact", sb.toString());
            if (c.address() != null && !c.address().isBlank()) {
                field(out, width, "", String.join(", ", c.address().strip().lines().map(String::strip).toList()));
            }
        }
        for (Interview i : app.interviews()) {
            field(out, width, "interview", DateText.dayAndYear(i.date())
                    + (i.time() != null ? " " + i.time() : "") + (i.kind() != null ? " (" + i.kind() + ")" : "")
                    + (i.with().isEmpty() ? "" : " with " + String.join(", ", i.with())));
        }
        if (app.notes() != null) {
            out.println();
            // the person's own lines, each wrapped under its own indent (a list item's under its text)
            for (String line : app.notes().strip().lines().toList()) {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                String item = line.stripLeading().matches("[-*•] .*") ? "  " : "";
                print(out, line.isBlank() ? List.of("") : Wrap.hanging(line, indent, indent + item, width), null);
            }
        }
        out.println();
        out.println(style.bold("Log"));
        if (h.log.isEmpty()) {
            out.println("  (nothing logged yet)");
        }
        for (LogEntry e : h.log) {
            String text = e.event().id()
                    + (e.with() != null ? " (" + e.with() + ")" : "")
                    + (e.decisionBy() != null ? " → decision by " + e.decisionBy() : "")
                    + (e.deadline() != null ? " → answer by " + e.deadline() : "")
                    + (e.link() != null ? " " + e.link() : "")
                    + (e.note() != null ? ": " + e.note() : "");
            print(out, Wrap.hanging(text, "  " + e.date() + "  ", " ".repeat(14), width), null);
        }
        int later = app.log().size() - h.log.size();
        if (later > 0) {
            // only with --as-of in the past: what came after it is not shown, as it was not known
            print(out, Wrap.prose("(" + later + (later == 1 ? " entry" : " entries") + " after "
                    + DateText.dayAndYear(today) + " not shown)", "  ", width), style::dim);
        }
        out.println();
        out.println(style.bold("Next"));
        List<Action> actions = next.of(app);
        if (actions.isEmpty()) {
            out.println("  nothing scheduled");
        }
        // as today prints an action: what and when, why, then the command that writes the draft
        // and the one that records it done
        for (Action a : actions) {
            print(out, Wrap.hanging(next.when(a.due()) + "  " + a.type().id() + (a.to() != null ? " (" + a.to() + ")" : ""),
                    "  ", "      ", width), null);
            print(out, Wrap.prose(a.why(), "      ", width), null);
            for (String command : TodayCommand.commands(a)) {
                print(out, Wrap.command(command, "      ", width), style::dim);
            }
        }
        return Cli.OK;
    }

    private static void field(PrintWriter out, int width, String name, String value) {
        if (value != null) {
            print(out, Wrap.hanging(value, String.format("  %-12s ", name), " ".repeat(15), width), null);
        }
    }

    /** Each line, painted by {@code paint} when it is not null. */
    private static void print(PrintWriter out, List<String> lines, java.util.function.UnaryOperator<String> paint) {
        for (String line : lines) {
            out.println(paint == null ? line : paint.apply(line));
        }
    }
}
