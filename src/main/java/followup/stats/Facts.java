package followup.stats;

import followup.model.Application;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.schedule.History;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one application contributes to the stats, read as it stood on the as-of date T through
 * the playbook's {@link History} (entries after T do not count; the status is the one on T).
 */
final class Facts {

    /** Where the application stands after its last interview. */
    enum Silence {
        /** They said something after it (or scheduled the next round, or decided). */
        ANSWERED,
        /** No word for {@code ghostAfter} days, or you closed it without one. */
        GHOSTED,
        /** No word yet, but it is too early to call it silence. */
        WAITING,
        /** Not interviewed, or you ended it (withdrew) before they answered. */
        NONE
    }

    /** Employer events that answer you ({@code interview} is counted through the interviews). */
    private static final Set<EventType> ANSWERS = EnumSet.of(EventType.REPLY, EventType.TIMELINE,
            EventType.DELAYED, EventType.FEEDBACK, EventType.OFFER, EventType.REJECTED);
    private static final Set<EventType> DECISIONS = EnumSet.of(EventType.OFFER, EventType.REJECTED);
    private static final Set<Status> DECIDED = EnumSet.of(Status.OFFER, Status.ACCEPTED, Status.DECLINED,
            Status.REJECTED);

    final Application app;
    final History history;
    final Status status;
    final boolean interviewed;
    final boolean offer;
    final boolean accepted;
    final boolean answered;
    /** Days from the first interview to their first answer, or null. */
    final Integer daysToFirstAnswer;
    /** Days from the first interview to an offer or rejection, or null. */
    final Integer daysToDecision;
    final Silence silence;
    final int thanksOnTime;
    final int thanksLate;
    final int thanksNever;
    final int checkIns;
    final int followUps;
    /** For a closed application: check-ins and follow-ups after the last interview until you closed it. */
    final Integer nudgesBeforeMovingOn;
    /** For a rejected application: whether you answered the rejection; else null. */
    final Boolean rejectionReplied;
    final List<LogEntry> feedback;

    Facts(Application app, LocalDate today, int ghostAfter) {
        this.app = app;
        this.history = new History(app, today);
        this.status = history.status;
        List<LogEntry> log = history.log;
        LocalDate first = history.held.isEmpty() ? null : history.held.get(0).date();
        LocalDate last = history.last;

        this.accepted = status == Status.ACCEPTED || has(log, EventType.ACCEPTED);
        // an accepted offer was an offer, even when no entry says so and a later one changed the
        // status (accepted, then rejected): else the funnel had more accepted than offers
        this.offer = DECIDED.contains(status) && status != Status.REJECTED || has(log, EventType.OFFER) || accepted;
        this.interviewed = first != null || offer;

        LocalDate firstAnswer = first == null ? null : answerAfter(first);
        this.daysToFirstAnswer = firstAnswer == null ? null : days(first, firstAnswer);
        LocalDate decision = first == null ? null : log.stream()
                .filter(e -> DECISIONS.contains(e.event()) && !e.date().isBefore(first))
                .map(LogEntry::date).findFirst().orElse(null);
        this.daysToDecision = decision == null ? null : days(first, decision);
        boolean invited = !history.scheduled.isEmpty();
        this.answered = interviewed && (firstAnswer != null || invited || DECIDED.contains(status));

        if (!interviewed) {
            this.silence = Silence.NONE;
        } else if (last == null || answerAfter(last) != null || invited || DECIDED.contains(status)) {
            this.silence = Silence.ANSWERED;
        } else if (status == Status.CLOSED) {
            this.silence = Silence.GHOSTED;
        } else if (status == Status.APPLIED || status == Status.INTERVIEWING) {
            this.silence = days(last, today) >= ghostAfter ? Silence.GHOSTED : Silence.WAITING;
        } else {
            this.silence = Silence.NONE;
        }

        int onTime = 0;
        int late = 0;
        int never = 0;
        List<LocalDate> rounds = List.copyOf(new TreeSet<>(history.held.stream().map(Interview::date).toList()));
        for (int i = 0; i < rounds.size(); i++) {
            LocalDate day = rounds.get(i);
            LocalDate until = i + 1 < rounds.size() ? rounds.get(i + 1) : today.plusDays(1);
            List<LocalDate> sent = log.stream().filter(e -> e.event() == EventType.THANKS
                    && !e.date().isBefore(day) && e.date().isBefore(until)).map(LogEntry::date).toList();
            if (sent.contains(day)) {
                onTime++;
            } else if (!sent.isEmpty()) {
                late++;
            } else if (day.isBefore(today)) {
                never++;
            } // an interview today with no thank-you yet is still on time: not counted
        }
        this.thanksOnTime = onTime;
        this.thanksLate = late;
        this.thanksNever = never;
        this.checkIns = count(log, EventType.CHECK_IN);
        this.followUps = count(log, EventType.FOLLOW_UP);

        if (status == Status.CLOSED) {
            LocalDate closed = latest(log, EventType.CLOSED, today);
            this.nudgesBeforeMovingOn = (int) log.stream()
                    .filter(e -> e.event() == EventType.CHECK_IN || e.event() == EventType.FOLLOW_UP)
                    .filter(e -> (last == null || e.date().isAfter(last)) && !e.date().isAfter(closed))
                    .count();
        } else {
            this.nudgesBeforeMovingOn = null;
        }
        if (status == Status.REJECTED) {
            LocalDate rejected = latest(log, EventType.REJECTED, null);
            this.rejectionReplied = log.stream().anyMatch(e -> e.event() == EventType.REJECTION_REPLY
                    && (rejected == null || !e.date().isBefore(rejected)));
        } else {
            this.rejectionReplied = null;
        }
        this.feedback = log.stream().filter(e -> e.event() == EventType.FEEDBACK).toList();
    }

    /**
     * The day of their first answer after an interview on {@code day}: anything they did on a later
     * day, or an offer or rejection on the day itself. A {@code timeline} or {@code reply} logged on
     * the interview day is what was said at the interview, not an answer to it.
     */
    private LocalDate answerAfter(LocalDate day) {
        LocalDate found = null;
        for (LogEntry e : history.log) {
            if (ANSWERS.contains(e.event()) && (e.date().isAfter(day) || e.date().equals(day) && DECISIONS.contains(e.event()))) {
                found = e.date();
                break;
            }
        }
        for (Interview i : history.held) {
            if (i.date().isAfter(day) && (found == null || i.date().isBefore(found))) {
                found = i.date(); // the next round is an answer: they invited you back
            }
        }
        return found;
    }

    /** Whether the application saw any activity (applied, an interview, a log entry) from {@code since} to T. */
    boolean activeSince(LocalDate since) {
        if (app.applied() != null && !app.applied().isBefore(since) && !app.applied().isAfter(history.today)) {
            return true;
        }
        return history.held.stream().anyMatch(i -> !i.date().isBefore(since))
                || history.log.stream().anyMatch(e -> !e.date().isBefore(since));
    }

    /** The source as grouped: stripped, null when missing or blank. */
    String source() {
        String s = app.source();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean has(List<LogEntry> log, EventType event) {
        return log.stream().anyMatch(e -> e.event() == event);
    }

    private static int count(List<LogEntry> log, EventType event) {
        return (int) log.stream().filter(e -> e.event() == event).count();
    }

    private static LocalDate latest(List<LogEntry> log, EventType event, LocalDate otherwise) {
        LocalDate found = otherwise;
        for (LogEntry e : log) {
            if (e.event() == event) {
                found = e.date();
            }
        }
        return found;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
