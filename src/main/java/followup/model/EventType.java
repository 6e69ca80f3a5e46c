package followup.model;

import java.util.Locale;
import java.util.Optional;

/** What can happen in an application's log (SPEC §5). */
public enum EventType {
    INTERVIEW(Kind.REPLY, Status.INTERVIEWING),
    THANKS(Kind.TOUCH, null),
    NOTE(Kind.TOUCH, null),
    LINKEDIN(Kind.TOUCH, null),
    CHECK_IN(Kind.TOUCH, null),
    FOLLOW_UP(Kind.TOUCH, null),
    TOLD_OFFER(Kind.TOUCH, null),
    REJECTION_REPLY(Kind.TOUCH, null),
    KEEP_IN_TOUCH(Kind.TOUCH, null),
    REPLY(Kind.REPLY, null),
    TIMELINE(Kind.REPLY, null),
    DELAYED(Kind.REPLY, null),
    FEEDBACK(Kind.REPLY, null),
    REJECTED(Kind.REPLY, Status.REJECTED),
    OFFER(Kind.REPLY, Status.OFFER),
    ACCEPTED(Kind.OUTCOME, Status.ACCEPTED),
    DECLINED(Kind.OUTCOME, Status.DECLINED),
    WITHDREW(Kind.OUTCOME, Status.WITHDRAWN),
    CLOSED(Kind.OUTCOME, Status.CLOSED),
    /** You chose not to do an action ({@code followup skip}): neither a message nor an answer. */
    SKIPPED(Kind.NOTE, null);

    private enum Kind { TOUCH, REPLY, OUTCOME, NOTE }

    private final Kind kind;
    private final Status sets;

    EventType(Kind kind, Status sets) {
        this.kind = kind;
        this.sets = sets;
    }

    /** The name as written in files and on the command line ({@code check-in}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A message the job seeker sent. */
    public boolean isTouch() {
        return kind == Kind.TOUCH;
    }

    /** Something the employer did: it restarts the waiting clock. */
    public boolean isReply() {
        return kind == Kind.REPLY;
    }

    /** The status this event sets, if any. */
    public Optional<Status> setsStatus() {
        return Optional.ofNullable(sets);
    }

    public static Optional<EventType> parse(String text) {
        for (EventType e : values()) {
            if (e.id().equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (EventType e : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.id());
        }
        return sb.toString();
    }
}
