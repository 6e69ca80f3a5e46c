package followup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import followup.Trace;
import followup.UserException;
import followup.cache.AnswerCache;
import followup.schedule.Action;
import followup.schedule.ActionType;
import followup.schedule.Playbook;
import followup.schedule.State;
import followup.store.Store;
import followup.text.DateText;
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
        description = {"A block per action, fitted to the terminal: its state (overdue, today, upcoming) and "
                + "due date, the action and person, the application, why it is due, and the commands that "
                + "write it (followup draft) and record it (followup done). With --days N, also what "
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

    /**
     * Sets one of the options above as picocli sets it from its annotation, for a line read without
     * picocli ({@link Arguments}); {@code value} is null for a flag. False, and nothing set, when
     * this is not one of them or not a value read here: a flag with a value, or for {@code --days}
     * anything but a plain number of up to nine digits (picocli words those errors).
     * TodayCommandTest holds it to picocli's model of the command.
     */
    boolean option(String name, String value) {
        if (name.equals("--days")) {
            if (value == null || !digits(value)) {
                return false;
            }
            days = Integer.parseInt(value);
            return true;
        }
        if (value != null) {
            return false; // a flag's value: picocli's to judge
        }
        switch (name) {
            case "--json" -> json = true;
            case "--quiet" -> quiet = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** One to nine digits: what an int option takes without a word from picocli. */
    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The root command above it, as picocli's {@code @ParentCommand} sets it, for a line read without picocli. */
    void parent(RootCommand root) {
        this.root = root;
    }

    /** The options above as one value: every component is in the kept answer's key ({@link #key}). */
    record Options(int days, boolean json, boolean quiet) {
    }

    Options options() {
        return new Options(days, json, quiet);
    }

    /**
     * Everything besides the files that the answer depends on, as values: this command's options and
     * the run's context (every global option given, the date, the terminal, the home).
     */
    List<Object> key() {
        return List.of("today", options(), root.context());
    }

    @Override
    public Integer call() throws IOException {
        if (days < 0 || days > 3660) {
            throw UserException.usage("--days must be between 0 and 3660");
        }
        Trace trace = root.environment().trace();
        trace.mark("arguments");
        // the same files and parameters as last time: the same answer (see AnswerCache)
        AnswerCache answers = root.answers();
        AnswerCache.Fingerprint fingerprint = answers == null ? null
                : answers.fingerprint(key(), root.configFile(), root.store().folder());
        trace.mark("fingerprint");
        // some 300 bytes of output per application
        int size = fingerprint == null ? 0 : 330 * fingerprint.size();
        Integer kept = KeptAnswers.printKept(answers, fingerprint, root.out(), root.err(), trace);
        return kept != null ? kept
                : KeptAnswers.make(answers, fingerprint, size, root.out(), root.err(), (out, err) -> answer(out, err, fingerprint));
    }

    /**
     * Works out the answer: loads (with the files' keys already taken for {@code fingerprint}, if
     * any), schedules, prints to {@code out} and {@code err}; returns the exit code.
     */
    private int answer(PrintWriter out, PrintWriter err, AnswerCache.Fingerprint fingerprint) throws IOException {
        root.noteMissingHome(err);
        Store.Loaded loaded = root.store().loadAll(fingerprint);
        LocalDate today = root.today();
        Trace trace = root.environment().trace();
        trace.mark("date and config");
        List<Action> actions = new Playbook(root.config()).schedule(loaded.applications(), today, days);
        trace.mark("playbook");
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
        int code = Problems.report(err, loaded);
        out.flush();
        err.flush();
        trace.mark("print");
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
        StringBuilder head = new StringBuilder(DateText.dayAndYear(today)).append(": ");
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
        // one block per action: what, when and why, then the command that writes the draft and the
        // one that records it done, each fitted to the terminal without cutting a word
        int width = root.width();
        for (Action a : actions) {
            State state = a.state(today);
            String colour = switch (state) {
                case OVERDUE -> Style.RED;
                case TODAY -> Style.YELLOW;
                case UPCOMING -> Style.DIM;
            };
            out.println();
            String first = state.id() + " " + DateText.day(a.due(), today) + "  " + a.type().id()
                    + (a.to() != null ? " (" + a.to() + ")" : "");
            List<String> lines = Wrap.prose(first, "", width);
            out.println(style.paint(colour, state.id()) + lines.get(0).substring(state.id().length()));
            for (String line : lines.subList(1, lines.size())) {
                out.println("  " + line.strip());
            }
            print(out, Wrap.prose(a.application().company()
                    + (a.application().role() != null ? " — " + a.application().role() : ""), "  ", width));
            print(out, Wrap.prose(a.why(), "  ", width));
            for (String command : commands(a)) {
                print(out, Wrap.command(command, "  ", width));
            }
        }
    }

    private static void print(PrintWriter out, List<String> lines) {
        for (String line : lines) {
            out.println(line);
        }
    }

    /**
     * The commands of an action, as {@code today} prints them: the one that writes its draft (when
     * it has one), then the one that records it done (SPEC §6).
     */
    static List<String> commands(Action a) {
        String id = a.application().id();
        String person = a.to() != null ? " --to " + quote(a.to()) : "";
        List<String> commands = new java.util.ArrayList<>();
        a.draft().ifPresent(kind -> commands.add("followup draft " + kind + " " + id + person));
        if (a.type() == ActionType.ANSWER_OFFER) {
            for (String event : a.type().logEvents()) {
                commands.add("followup log " + id + " " + event);
            }
        } else {
            commands.add("followup done " + id + " " + a.type().id() + person
                    + (a.type() == ActionType.ASK_TIMELINE ? " --decision-by DATE" : ""));
        }
        return commands;
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
