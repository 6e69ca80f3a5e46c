package followup.model;

import java.time.LocalDate;

/**
 * One line of an application's history. {@code decisionBy} is kept for {@code timeline} and
 * {@code delayed}; {@code with} names the person a thank-you went to. Both may be null.
 */
public record LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with) {

    public LogEntry {
        if (date == null || event == null) {
            throw new IllegalArgumentException("a log entry needs a date and an event");
        }
    }

    public static LogEntry of(LocalDate date, EventType event) {
        return new LogEntry(date, event, null, null, null);
    }
}
