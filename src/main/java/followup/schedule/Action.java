package followup.schedule;

import followup.model.Application;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to do for one application.
 *
 * @param application the application it belongs to
 * @param type        what to do
 * @param due         the day it should be done
 * @param to          the person it goes to for per-person actions (a thank-you per interviewer),
 *                    else null
 * @param why         one plain sentence saying why it is due then
 * @param outcome     what a {@code tell-offer} (the offer elsewhere), {@code withdraw} (the contract
 *                    signed elsewhere) or {@code answer-offer} (this application's own offer) is
 *                    about; null for every other action. Drafts take the company and the deadline
 *                    from it, so they say what the why says.
 */
public record Action(Application application, ActionType type, LocalDate due, String to, String why,
                     Outcome outcome) {

    public Action {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(why, "why");
    }

    /** An action about nothing outside its own application. */
    public Action(Application application, ActionType type, LocalDate due, String to, String why) {
        this(application, type, due, to, why, null);
    }

    /** Overdue before {@code today}, today on it, upcoming after it. */
    public State state(LocalDate today) {
        int c = due.compareTo(today);
        return c < 0 ? State.OVERDUE : c == 0 ? State.TODAY : State.UPCOMING;
    }

    /** The draft kind that writes this message, if any (same as {@code type().draft()}). */
    public Optional<String> draft() {
        return type.draft();
    }
}
