package followup.ics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One calendar event, in followup's own terms (no iCalendar types), so that deciding what goes on
 * the calendar never loads the iCalendar library.
 *
 * @param uid         stable across runs: the same action of the same application keeps it when its
 *                    date moves, so a calendar updates the event rather than adding another
 * @param date        the day
 * @param time        the local start time, or null for an all-day event
 * @param length      how long a timed event lasts (ignored for all-day events)
 * @param summary     the title, e.g. "Thank-you: Acme Corp"
 * @param description free text, may span lines
 * @param busy        whether it blocks time (an interview) or is only a reminder
 * @param reminder    when a reminder (VALARM) shows, from the event's start (negative: before it;
 *                    an all-day event starts at midnight), or null for none
 */
public record IcsEvent(String uid, LocalDate date, LocalTime time, Duration length, String summary,
        String description, boolean busy, Duration reminder) {

    public IcsEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        if (time != null) {
            Objects.requireNonNull(length, "length");
        }
    }

    public boolean allDay() {
        return time == null;
    }
}
