package followup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import followup.Trace;
import followup.UserException;
import followup.schedule.Action;
import followup.schedule.ActionType;
import followup.schedule.Playbook;
import followup.schedule.State;
import followup.store.AnswerCache;
import followup.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "today",
        header = "What to do: every action due today or overdue, oldest first.",
        description = {"One line per action: its state (overdue, today, upcoming), the action, the "
                + "application, why it is due, and the command that does it. With --days N, also what "
                + "comes due in the next N days. Follows the playbook in the README, built on five "
                + "articles on interview follow-up."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup today", "  followup today --days 7",
            "  followup --as-of 2026-11-23 today --json",
            "  followup today --quiet    # in cron: mail only when something is due"})
final class TodayCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Option(names = "--days", paramLabel = "N", description = "Also show what comes due in the next N days.")
    private int days;

    @Option(names = "--json", description = "JSON for scripts (as_of, actions, errors).")
    private boolean json;

    @Option(names = "--quiet", description = "Print nothing when nothing is due (for cron mail).")
    private boolean quiet;

    /** For picocli, which sets the fields. */
    TodayCommand() {
    }

    /** For {@link QuickRun}, which parsed the same options itself. */
    TodayCommand(RootCommand root, int days, boolean json, boolean quiet) {
        this.root = root;
        this.days = days;
        this.json = json;
        this.quiet = quiet;
    }

    @Override
    public Integer call() throws IOException {
        if (days < 0 || days > 3660) {
            throw UserException.usage("--days must be between 0 and 3660");
        }
        Trace.mark("arguments");
        // the same files and parameters as last time: the same answer (see AnswerCache)
        AnswerCache answers = root.answers();
        AnswerCache.Fingerprint fingerprint = answers == null ? null
                : answers.fingerprint(parameters(), root.configFile(), root.store().folder());
        Trace.mark("fingerprint");
        // some 300 bytes of output per application
        int size = fingerprint == null ? 0 : 330 * fingerprint.size();
        return KeptAnswers.run(answers, fingerprint, size, root.out(), root.err(), new KeptAnswers.Work() {
            @Override
            public int run(PrintWriter out, PrintWriter err) throws IOException {
                return answer(out, err, fingerprint);
            }
        });
    }

    /** Everything besides the files that the answer depends on: options, dates, the terminal, the home. */
    private String parameters() {
        return String.join("\n", "today", String.valueOf(days), String.valueOf(json), String.valueOf(quiet),
                String.valueOf(root.asOf()), String.valueOf(root.realToday()), String.valueOf(root.style().color()),
                String.valueOf(root.width()), String.valueOf(root.debug()), root.store().folder().toString(),
                // the folder as given is what messages print; absolute, it tells one from another
                root.store().folder().toAbsolutePath().toString());
    }

    /**
     * Works out the answer: loads (with the files' keys already taken for {@code fingerprint}, if
     * any), schedules, prints to {@code out} and {@code err}; returns the exit code.
     */
    private int answer(PrintWriter out, PrintWriter err, AnswerCache.Fingerprint fingerprint) throws IOException {
        Store.Loaded loaded = root.store().loadAll(fingerprint);
        LocalDate today = root.today();
        Trace.mark("date and config");
        List<Action> actions = new Playbook(root.config()).schedule(loaded.applications(), today, days);
        Trace.mark("playbook");
        if (json) {
            JsonGenerator g = Json.open(out);
            g.writeStartObject();
            g.writeStringField("as_of", today.toString());
            g.writeArrayFieldStart("actions");
            for (Action a : actions) {
                g.writeStartObject();
                actionFields(g, a, today);
                g.writeEndObject();
            }
            g.writeEndArray();
            Json.errors(g, loaded.problems());
            g.writeEndObject();
            Json.close(g, out);
        } else {
            text(out, actions, today, loaded.applications().isEmpty() && loaded.problems().isEmpty());
        }
        int code = Problems.report(err, loaded.problems());
        out.flush();
        err.flush();
        Trace.mark("print");
        return code;
    }

    private void text(PrintWriter out, List<Action> actions, LocalDate today, boolean noApplications) {
        int due = 0;
        int overdue = 0;
        for (Action a : actions) {
            State state = a.state(today);
            due += state != State.UPCOMING ? 1 : 0;
            overdue += state == State.OVERDUE ? 1 : 0;
        }
        if (due == 0 && quiet) {
            return;
        }
        Style style = root.style();
        StringBuilder head = new StringBuilder(Playbook.day(today)).append(' ').append(today.getYear()).append(": ");
        head.append(due == 0 ? "nothing to do" : due + (due == 1 ? " thing" : " things") + " to do");
        if (overdue > 0) {
            head.append(" (").append(overdue).append(" overdue)");
        }
        if (days > 0) {
            long coming = actions.size() - due;
            head.append(", ").append(coming).append(" coming in the next ").append(days).append(days == 1 ? " day" : " days");
        }
        out.println(style.bold(head.toString()));
        if (actions.isEmpty()) {
            out.println(noApplications
                    ? "No applications in " + root.store().folder() + " yet. Add one: followup add \"Acme Corp\" --interview today"
                    : "Nothing is due. 'followup today --days 7' shows what is coming.");
            return;
        }
        out.println();
        Table table = new Table(style, "STATE", "DUE", "ACTION", "APPLICATION", "WHY", "DO").flex(4, 3);
        for (Action a : actions) {
            State state = a.state(today);
            String colour = switch (state) {
                case OVERDUE -> Style.RED;
                case TODAY -> Style.YELLOW;
                case UPCOMING -> Style.DIM;
            };
            table.painted(colour, state.id(), Playbook.day(a.due()), a.type().id() + (a.to() != null ? " (" + a.to() + ")" : ""),
                    a.application().company() + (a.application().role() != null ? " — " + a.application().role() : ""),
                    a.why(), command(a));
        }
        table.print(out, root.width());
    }

    /** The command that does an action: its draft, or the log entry that settles it. */
    static String command(Action a) {
        String id = a.application().id();
        if (a.draft().isPresent()) {
            return "followup draft " + a.draft().get() + " " + id + (a.to() != null ? " --to " + quote(a.to()) : "");
        }
        if (a.type() == ActionType.ASK_TIMELINE) {
            return "followup log " + id + " timeline --decision-by DATE";
        }
        StringBuilder sb = new StringBuilder();
        for (String event : a.type().logEvents()) {
            // answer-offer: "followup log hooli accepted or followup log hooli declined"
            sb.append(sb.length() == 0 ? "" : " or ").append("followup log ").append(id).append(' ').append(event);
        }
        return sb.toString();
    }

    private static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '@' || c == '-';
            if (!plain) {
                return "\"" + s.replace("\"", "\\\"") + "\"";
            }
        }
        return s.isEmpty() ? "\"\"" : s;
    }

    /** The fields of one action in JSON (SPEC §6). */
    static void actionFields(JsonGenerator g, Action a, LocalDate today) throws IOException {
        g.writeStringField("id", a.application().id());
        g.writeStringField("company", a.application().company());
        g.writeStringField("role", a.application().role());
        g.writeStringField("action", a.type().id());
        g.writeStringField("due", a.due().toString());
        g.writeStringField("state", a.state(today).id());
        if (a.to() != null) {
            g.writeStringField("to", a.to());
        }
        g.writeStringField("why", a.why());
        g.writeStringField("draft", a.draft().orElse(null));
    }
}
