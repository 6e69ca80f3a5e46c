package followup.inbox;

import followup.model.Application;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one message amounts to: log entries to write (an interview, or one entry per person for a
 * thank-you sent to several), or why nothing is written.
 *
 * @param application the application it belongs to, or null
 * @param event       the event it means, or null when nothing is to be written
 * @param entries     the log entries to write (empty for an interview)
 * @param interview   the interview to write, or null
 * @param matched     why this application (empty when none)
 * @param why         why this event, or why nothing is written: the phrase or calendar part that decided
 */
public record Proposal(Message message, Kind kind, Application application, EventType event, List<LogEntry> entries,
        Interview interview, String matched, String why) {

    /** What becomes of the message. */
    public enum Kind {
        /** Entries to write. */
        LOG,
        /** No application, or more than one. */
        UNMATCHED,
        /** Its message id (or the same entry) is in the files already. */
        ALREADY_LOGGED,
        /** Nothing to write: a cancellation, an automatic reply, mail you sent when nothing was due. */
        SKIPPED
    }

    /** Outcomes are never written without the person's word: off a terminal they are only printed. */
    private static final Set<EventType> OUTCOMES = Set.of(EventType.OFFER, EventType.REJECTED, EventType.ACCEPTED,
            EventType.DECLINED);

    public Proposal {
        entries = List.copyOf(entries);
    }

    static Proposal nothing(Message message, Kind kind, Application application, String matched, String why) {
        return new Proposal(message, kind, application, null, List.of(), null, matched, why);
    }

    public boolean isOutcome() {
        return event != null && OUTCOMES.contains(event);
    }

    /** The {@code followup log} commands that write what this proposes (one per entry). */
    public List<String> commands() {
        List<String> out = new ArrayList<>();
        if (kind != Kind.LOG) {
            return out;
        }
        String id = application.id();
        if (interview != null) {
            StringBuilder c = new StringBuilder("followup log " + id + " interview --on " + interview.date());
            if (interview.time() != null) {
                c.append(" --at ").append(interview.time());
            }
            for (String name : interview.with()) {
                c.append(" --with ").append(quoted(name));
            }
            out.add(c.toString());
        }
        for (LogEntry e : entries) {
            StringBuilder c = new StringBuilder("followup log " + id + " " + e.event().id() + " --on " + e.date());
            if (e.decisionBy() != null) {
                c.append(" --decision-by ").append(e.decisionBy());
            }
            if (e.with() != null) {
                c.append(" --with ").append(quoted(e.with()));
            }
            if (e.note() != null) {
                c.append(" --note ").append(quoted(e.note()));
            }
            out.add(c.toString());
        }
        return out;
    }

    /**
     * The fields of what is written, as the file's keys name them ({@code date}, {@code time} and
     * {@code with} of an interview; {@code decision-by}, {@code with}, {@code note} of an entry), in
     * file order; an entry's date is the message's. Empty when nothing is written.
     */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        if (interview != null) {
            f.put("date", interview.date().toString());
            if (interview.time() != null) {
                f.put("time", interview.time().toString());
            }
            if (!interview.with().isEmpty()) {
                f.put("with", interview.with());
            }
        }
        if (entries.size() > 1) {
            List<String> names = new ArrayList<>();
            for (LogEntry e : entries) {
                names.add(e.with());
            }
            f.put("with", names);
        } else if (entries.size() == 1 && entries.get(0).with() != null) {
            f.put("with", entries.get(0).with());
        }
        if (!entries.isEmpty()) {
            LogEntry e = entries.get(0);
            if (e.decisionBy() != null) {
                f.put("decision-by", e.decisionBy().toString());
            }
            if (e.note() != null) {
                f.put("note", e.note());
            }
        }
        return f;
    }

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    /** A value as a shell reads it back: bare when safe, else in double quotes, else single. */
    static String quoted(String s) {
        if (SAFE.matcher(s).matches() && !s.startsWith("-")) {
            return s;
        }
        if (s.chars().noneMatch(c -> c == '"' || c == '$' || c == '`' || c == '\\' || c == '!')) {
            return "\"" + s + "\"";
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
