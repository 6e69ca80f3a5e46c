package followup.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One interview round; time, kind and messageId (the invitation {@code inbox} read it from) may be
 * null, {@code with} may be empty.
 */
public record Interview(LocalDate date, LocalTime time, List<String> with, String kind, String messageId) {

    public Interview {
        if (date == null) {
            throw new IllegalArgumentException("an interview needs a date");
        }
        with = with == null ? List.of() : List.copyOf(with);
    }

    public Interview(LocalDate date, LocalTime time, List<String> with, String kind) {
        this(date, time, with, kind, null);
    }

    /**
     * Whether {@code other} is this same round told again (SPEC §5): the same day, and no other
     * time (either has none, or both have the same).
     */
    public boolean sameRound(Interview other) {
        return date.equals(other.date) && (time == null || other.time == null || time.equals(other.time));
    }

    /**
     * This round completed by what {@code other} adds: its time when this has none, the names
     * this does not have yet (ignoring case), its kind when this has none, and its message id
     * when this has none. What this round already says is kept.
     */
    public Interview completedWith(Interview other) {
        List<String> names = new ArrayList<>(with);
        for (String n : other.with) {
            boolean known = false;
            for (String mine : with) {
                known |= mine.equalsIgnoreCase(n);
            }
            if (!known) {
                names.add(n);
            }
        }
        return new Interview(date, time != null ? time : other.time, names, kind != null ? kind : other.kind,
                messageId != null ? messageId : other.messageId);
    }

    /** Whether {@link #completedWith} would change nothing. */
    public boolean covers(Interview other) {
        return Objects.equals(completedWith(other), this);
    }
}
