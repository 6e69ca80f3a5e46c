package followup.inbox;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The calendar part of a message, as far as {@code inbox} reads it: what it asks
 * ({@code REQUEST}, {@code CANCEL}, ...), when (date and local time; the time is null for an
 * all-day event or an unknown time zone), and who is invited.
 *
 * @param when the start as the calendar gave it, for the why ("20261202T100000 Pacific Standard Time")
 */
public record Invitation(String method, LocalDate date, LocalTime time, String when, List<Attendee> attendees) {

    public Invitation {
        attendees = List.copyOf(attendees);
    }

    /** A person invited: the name (CN) and address; either may be null. */
    public record Attendee(String name, String email) {
    }

    public boolean isRequest() {
        return "REQUEST".equals(method);
    }

    public boolean isCancel() {
        return "CANCEL".equals(method);
    }
}
