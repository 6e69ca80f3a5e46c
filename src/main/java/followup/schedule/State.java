package followup.schedule;

import java.util.Locale;

/** Where an action's due date stands against the as-of date. */
public enum State {
    OVERDUE, TODAY, UPCOMING;

    /** {@code overdue}, {@code today} or {@code upcoming}, as printed and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
