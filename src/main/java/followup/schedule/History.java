package followup.schedule;

import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One application as it stood on the as-of date T: what had happened by then and what was
 * scheduled after it. Every rule of the playbook reads these facts, never the raw file, so that
 * "entries dated after T are ignored" holds in exactly one place. Public (read-only) so that
 * every command that takes the as-of date ({@code list}, {@code show}, {@code draft},
 * {@code stats}, {@code calendar}) sees the same replayed status and decision date as the
 * playbook (SPEC §6).
 */
public final class History {

    /** What the check-in of the current wait counts from (SPEC §6, check-in). */
    public enum Basis {
        /** The decision date they gave, after the start of the wait. */
        DECISION_DATE,
        /** The interview: no word from them since. */
        INTERVIEW,
        /** Their last word, which gave no decision. */
        REPLY,
        /** A delay they announced with no new date. */
        DELAY
    }

    /** Words in an interview's kind that say it was not held in person. */
    private static final String[] REMOTE = {"phone", "video", "call", "remote", "screen"};

    public final Application app;
    public final LocalDate today;
    /** Log entries dated on or before T, oldest first; file order within a day. */
    public final List<LogEntry> log;
    /** Interviews on or before T, oldest first. */
    public final List<Interview> held;
    /** Interviews after T: known, because they were scheduled. */
    public final List<Interview> scheduled;
    /** The status on T (see {@link #statusOn}). */
    public final Status status;
    /** L, the latest interview on or before T, or null. */
    public final LocalDate last;
    /** W, the start of the current wait: the later of L and the last reply; null when neither exists. */
    final LocalDate waitStart;
    /** The reply that starts the wait, or null when the wait starts at L. */
    final LogEntry waitReply;
    /** The index in {@link #log} of {@link #waitReply}, or -1. */
    private final int waitIndex;
    /** D, the decision date known on T, or null (see {@link #decisionOn}). */
    final LocalDate decisionBy;

    /** The application as it stood on {@code today}. */
    public History(Application app, LocalDate today) {
        this.app = app;
        this.today = today;
        // Both lists are sorted by date (Application sorts them), so "on or before T" is a prefix.
        // Plain loops rather than streams or lambdas here and below: this runs per application on
        // every `today`, from a cold JVM, where the first lambda alone costs milliseconds.
        int logCount = 0;
        while (logCount < app.log().size() && !app.log().get(logCount).date().isAfter(today)) {
            logCount++;
        }
        this.log = app.log().subList(0, logCount);
        int heldCount = 0;
        while (heldCount < app.interviews().size() && !app.interviews().get(heldCount).date().isAfter(today)) {
            heldCount++;
        }
        this.held = app.interviews().subList(0, heldCount);
        this.scheduled = app.interviews().subList(heldCount, app.interviews().size());
        this.last = held.isEmpty() ? null : held.get(held.size() - 1).date();

        int replyIndex = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).event().isReply()) {
                replyIndex = i;
            }
        }
        // A reply on the day of L comes after the interview (it cannot come before and still be
        // the latest news), so on a tie the reply starts the wait.
        if (replyIndex >= 0 && (last == null || !log.get(replyIndex).date().isBefore(last))) {
            this.waitReply = log.get(replyIndex);
            this.waitIndex = replyIndex;
            this.waitStart = waitReply.date();
        } else {
            this.waitReply = null;
            this.waitIndex = -1;
            this.waitStart = last;
        }
        this.status = statusOn(app, today, log, held);
        this.decisionBy = decisionOn(app, today, log);
    }

    /**
     * Whether an entry after T sets an outcome ({@code outcome}) or writes a decision date (only
     * possible with {@code --as-of} in the past).
     */
    private static boolean laterEntry(Application app, LocalDate today, boolean outcome) {
        List<LogEntry> all = app.log();
        for (int i = all.size() - 1; i >= 0 && all.get(i).date().isAfter(today); i--) {
            LogEntry e = all.get(i);
            boolean matches = outcome ? setsOutcome(e.event())
                    : e.decisionBy() != null && (e.event() == EventType.TIMELINE || e.event() == EventType.DELAYED);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status on T. The file holds today's status; when an outcome in the log is dated after T
     * (only possible with {@code --as-of} in the past), the status is replayed from the entries on
     * or before T instead, so a look back does not see the future.
     */
    private static Status statusOn(Application app, LocalDate today, List<LogEntry> log, List<Interview> held) {
        boolean outcomeAfter = laterEntry(app, today, true);
        if (!outcomeAfter && app.status() != null) {
            return app.status();
        }
        Status status = null;
        for (LogEntry e : log) {
            if (setsOutcome(e.event())) {
                status = e.event().setsStatus().orElseThrow();
            }
        }
        if (status != null) {
            return status;
        }
        return held.isEmpty() && app.interviews().isEmpty() ? Status.APPLIED : Status.INTERVIEWING;
    }

    // `interview` also sets a status, but a scheduled interview is known ahead of time anyway,
    // and applied/interviewing are treated alike by every rule.
    private static boolean setsOutcome(EventType event) {
        return event != EventType.INTERVIEW && event.setsStatus().isPresent();
    }

    /**
     * D on T: the latest {@code timeline}/{@code delayed} entry on or before T that says something
     * about the date wins; a {@code delayed} without a date means "no date now" and clears any
     * earlier one. With no such entry, the file's top-level {@code decision-by} counts, unless an
     * entry after T carries a date (then the top-level field was written after T).
     */
    private static LocalDate decisionOn(Application app, LocalDate today, List<LogEntry> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            LogEntry e = log.get(i);
            if (e.event() != EventType.TIMELINE && e.event() != EventType.DELAYED) {
                continue;
            }
            if (e.decisionBy() != null) {
                return e.decisionBy();
            }
            if (e.event() == EventType.DELAYED) {
                return null;
            }
            // a timeline with no date (hand-written file) says nothing: look further back
        }
        boolean writtenLater = laterEntry(app, today, false);
        return writtenLater ? null : app.decisionBy();
    }

    /**
     * D, the decision date known on T: replayed from the entries up to T, so a {@code delayed}
     * with no new date clears it from its day on; null when none is known.
     */
    public LocalDate decisionBy() {
        return decisionBy;
    }

    /** W, the start of the current wait (the later of L and their last reply); null before any. */
    public LocalDate waitStart() {
        return waitStart;
    }

    /** Their reply that began the current wait, or null when it began at the interview. */
    public LogEntry waitReply() {
        return waitReply;
    }

    /**
     * What a check-in now counts from: the decision date when it is after W (or on W, when no
     * reply came after the interview: a reply on or after the date is their last word, not
     * silence), else W itself, which is the interview, their last reply or a delay with no date.
     */
    public Basis basis() {
        if (decisionBy != null && waitStart != null
                && (decisionBy.isAfter(waitStart) || decisionBy.equals(waitStart) && (last == null || !replyAfter(last)))) {
            return Basis.DECISION_DATE;
        }
        if (waitReply == null || waitReply.event() == EventType.INTERVIEW) {
            return Basis.INTERVIEW;
        }
        return waitReply.event() == EventType.DELAYED && waitReply.decisionBy() == null ? Basis.DELAY : Basis.REPLY;
    }

    /** The interview rounds held by T: each day with an interview is one round. */
    public int rounds() {
        int n = 0;
        LocalDate previous = null;
        for (Interview i : held) {
            if (!i.date().equals(previous)) {
                n++;
                previous = i.date();
            }
        }
        return n;
    }

    /** The next interview scheduled after T, or null. */
    public Interview nextRound() {
        return scheduled.isEmpty() ? null : scheduled.get(0);
    }

    /** The first round held in person by T (see {@link #inPerson}), or null. */
    public Interview firstInPerson() {
        for (Interview i : held) {
            if (inPerson(i)) {
                return i;
            }
        }
        return null;
    }

    /**
     * Whether an interview was held in person: its kind does not say phone, video, call, remote
     * or screen (an interview with no kind counts as in person).
     */
    public static boolean inPerson(Interview interview) {
        if (interview.kind() == null) {
            return true;
        }
        String kind = interview.kind().toLowerCase(Locale.ROOT);
        for (String word : REMOTE) {
            if (kind.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether you are connected on LinkedIn: a {@code linkedin} entry by T. */
    public boolean connected() {
        return latest(EventType.LINKEDIN) != null;
    }

    /**
     * The day the application closed on T: the entry that set its status, when it is closed and
     * one did (an outcome with no entry has no day); null otherwise.
     */
    public LocalDate closedOn() {
        if (status.isOpen()) {
            return null;
        }
        for (int i = log.size() - 1; i >= 0; i--) {
            LogEntry e = log.get(i);
            if (setsOutcome(e.event()) && e.event().setsStatus().orElseThrow() == status) {
                return e.date();
            }
        }
        return null;
    }

    /**
     * Who a message goes to unless you name someone: the first interviewer of L (a contact, or
     * the name alone), else the first contact; null when nobody is known.
     */
    public Contact addressee() {
        for (Interview i : lastRound()) {
            for (String name : i.with()) {
                if (!name.isBlank()) {
                    return app.contact(name).orElse(Contact.named(name.strip()));
                }
            }
        }
        return app.contacts().isEmpty() ? null : app.contacts().get(0);
    }

    /** Applied or interviewing with no interview scheduled after T. */
    boolean waiting() {
        return (status == Status.APPLIED || status == Status.INTERVIEWING) && scheduled.isEmpty();
    }

    /** The latest entry of that event on or before T, or null. */
    public LogEntry latest(EventType event) {
        LogEntry found = null;
        for (LogEntry e : log) {
            if (e.event() == event) {
                found = e;
            }
        }
        return found;
    }

    /** Whether the entry at {@code index} comes after W (a same-day entry counts by file order). */
    boolean afterWait(int index) {
        if (waitStart == null) {
            return true;
        }
        LocalDate date = log.get(index).date();
        return date.isAfter(waitStart) || date.equals(waitStart) && index > waitIndex;
    }

    /** Whether they replied on a day after {@code date}. */
    boolean replyAfter(LocalDate date) {
        for (LogEntry e : log) {
            if (e.event().isReply() && e.date().isAfter(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether they answered on a day after {@code date} with more than a date: a {@code timeline}
     * or {@code delayed} does not count (003: the thank-you confirms the timeline they gave).
     */
    boolean answeredAfter(LocalDate date) {
        for (LogEntry e : log) {
            if (e.event().isReply() && e.event() != EventType.TIMELINE && e.event() != EventType.DELAYED
                    && e.date().isAfter(date)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an entry of that event is dated on or after {@code date}. */
    boolean loggedSince(EventType event, LocalDate date) {
        for (LogEntry e : log) {
            if (e.event() == event && !e.date().isBefore(date)) {
                return true;
            }
        }
        return false;
    }

    /** The interviews held on L's day (usually one); empty before the first. */
    public List<Interview> lastRound() {
        List<Interview> round = new ArrayList<>();
        for (Interview i : held) {
            if (i.date().equals(last)) {
                round.add(i);
            }
        }
        return round;
    }
}
