package followup.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The things the playbook can ask you to do (SPEC §6), in the order they are listed when two fall
 * on the same day for the same application.
 */
public enum ActionType {
    ASK_TIMELINE(null, "timeline"),
    THANKS("thanks", "thanks"),
    PAPER_NOTE("note", "note"),
    LINKEDIN("linkedin", "linkedin"),
    CHECK_IN("check-in", "check-in"),
    FOLLOW_UP("follow-up", "follow-up"),
    MOVE_ON(null, "closed"),
    REJECTION_REPLY("rejection-reply", "rejection-reply"),
    TELL_OFFER("other-offer", "told-offer"),
    /** Ended by {@code accepted} or {@code declined}: you decide, so there is no draft. */
    ANSWER_OFFER(null, "accepted"),
    WITHDRAW("withdraw", "withdrew"),
    KEEP_IN_TOUCH("keep-in-touch", "keep-in-touch");

    private final String draft;
    private final String logEvent;

    ActionType(String draft, String logEvent) {
        this.draft = draft;
        this.logEvent = logEvent;
    }

    /** The action's name in output and JSON: {@code ask-timeline}, {@code paper-note}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action named {@code id} ({@code paper-note}), if there is one. */
    public static Optional<ActionType> parse(String id) {
        for (ActionType t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The {@code followup draft} kind that writes the message, or empty where there is none. */
    public Optional<String> draft() {
        return Optional.ofNullable(draft);
    }

    /**
     * The {@code followup log} event that marks the action done ({@code answer-offer}: the first
     * of {@link #logEvents()}).
     */
    public String logEvent() {
        return logEvent;
    }

    /** Every {@code followup log} event that marks the action done: one, or for {@code answer-offer} two. */
    public List<String> logEvents() {
        return this == ANSWER_OFFER ? List.of("accepted", "declined") : List.of(logEvent);
    }
}
