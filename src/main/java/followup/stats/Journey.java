package followup.stats;

import followup.model.Application;
import followup.model.Config;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where one application went, as it stood on the as-of date T: the furthest stage it reached, where
 * it ended (or stands), whether it has gone quiet, and the dated marks of its timeline. Read through
 * the same {@link Facts} as {@link Stats}, so the report's flow and timelines agree with
 * {@code followup stats} figure for figure.
 *
 * @param application the application as read
 * @param status      its status on T (replayed from the log, as every as-of command sees it)
 * @param stage       the furthest stage it reached
 * @param end         where it ended, or stands on T
 * @param quietSince  for an open application with no word for the {@code stats} silence threshold
 *                    ({@link Stats#ghostAfterDays}): the interview the silence counts from; else null
 * @param marks       what happened, oldest first: applied, interviews (held and booked), what you
 *                    sent, what they answered, the outcome
 */
public record Journey(Application application, Status status, Stage stage, End end, LocalDate quietSince,
        List<Mark> marks) {

    /** The stages of a search, each reached by some of the applications of the one before. */
    public enum Stage {
        APPLIED, INTERVIEWED, OFFER
    }

    /** Where an application ended, or where it stands while still open. */
    public enum End {
        /** You signed. */
        ACCEPTED,
        /** You turned their offer down. */
        DECLINED,
        /** An offer you have not answered yet. */
        DECIDING,
        /** Open, and they answered since the last interview (or booked the next one). */
        TALKING,
        /** Open, no answer yet, and too early to call it silence. */
        NO_ANSWER,
        /** Open, and no word for the silence threshold: it needs a nudge or a decision. */
        QUIET,
        REJECTED,
        WITHDRAWN,
        CLOSED;

        /** Whether the application is still open (applied, interviewing, offer). */
        public boolean open() {
            return this == DECIDING || this == TALKING || this == NO_ANSWER || this == QUIET;
        }
    }

    /** One dated thing on an application's timeline. */
    public record Mark(LocalDate date, Kind kind, String what) {
    }

    /** What kind of thing a {@link Mark} is. */
    public enum Kind {
        /** The day you applied. */
        APPLIED,
        /** An interview held on or before T. */
        INTERVIEW,
        /** An interview booked after T. */
        BOOKED,
        /** A message you sent (thanks, check-in, ...). */
        SENT,
        /** Something they said that decided nothing (a reply, a date, a delay, feedback). */
        ANSWER,
        /** An outcome: an offer, a rejection, your answer, your withdrawal or move-on. */
        OUTCOME
    }

    public Journey {
        marks = List.copyOf(marks);
    }

    /** The journey of every application on {@code today}, by id. */
    public static List<Journey> of(List<Application> applications, Config config, LocalDate today) {
        Objects.requireNonNull(today, "today");
        int ghostAfter = Stats.ghostAfter(config);
        List<Journey> all = new ArrayList<>();
        for (Application a : applications) {
            all.add(of(new Facts(a, today, ghostAfter)));
        }
        all.sort(Comparator.comparing(j -> j.application().id(), Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(all);
    }

    private static Journey of(Facts f) {
        Stage stage = f.offer ? Stage.OFFER : f.interviewed ? Stage.INTERVIEWED : Stage.APPLIED;
        End end = end(f);
        LocalDate quietSince = end == End.QUIET ? f.history.last : null;
        return new Journey(f.app, f.status, stage, end, quietSince, marks(f));
    }

    /** The status on T, with an open one told apart by what {@link Facts.Silence} says of it. */
    private static End end(Facts f) {
        return switch (f.status) {
            case ACCEPTED -> End.ACCEPTED;
            case DECLINED -> End.DECLINED;
            case REJECTED -> End.REJECTED;
            case WITHDRAWN -> End.WITHDRAWN;
            case CLOSED -> End.CLOSED;
            case OFFER -> End.DECIDING;
            case APPLIED, INTERVIEWING -> switch (f.silence) {
                case GHOSTED -> End.QUIET;
                case ANSWERED -> End.TALKING;
                case WAITING -> End.NO_ANSWER;
                // not interviewed: an interview booked is an answer, else none yet
                case NONE -> f.history.scheduled.isEmpty() ? End.NO_ANSWER : End.TALKING;
            };
        };
    }

    private static List<Mark> marks(Facts f) {
        List<Mark> marks = new ArrayList<>();
        LocalDate today = f.history.today;
        if (f.app.applied() != null && !f.app.applied().isAfter(today)) {
            marks.add(new Mark(f.app.applied(), Kind.APPLIED, "applied"));
        }
        for (Interview i : f.history.held) {
            marks.add(new Mark(i.date(), Kind.INTERVIEW, interview(i)));
        }
        for (Interview i : f.history.scheduled) {
            marks.add(new Mark(i.date(), Kind.BOOKED, interview(i)));
        }
        for (LogEntry e : f.history.log) {
            EventType event = e.event();
            if (event == EventType.INTERVIEW || event == EventType.SKIPPED) {
                continue; // an interview is on the list of interviews; a skip is no message
            }
            Kind kind = event.setsStatus().isPresent() ? Kind.OUTCOME : event.isTouch() ? Kind.SENT : Kind.ANSWER;
            marks.add(new Mark(e.date(), kind, event.id()));
        }
        marks.sort(Comparator.comparing(Mark::date));
        return marks;
    }

    private static String interview(Interview i) {
        return i.kind() == null || i.kind().isBlank() ? "interview" : "interview (" + i.kind().strip() + ")";
    }
}
