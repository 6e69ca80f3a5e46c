package followup.model;

import java.time.LocalDate;

/**
 * One line of an application's history. {@code decisionBy} is kept for {@code timeline} and
 * {@code delayed}; {@code with} names the person a thank-you went to; {@code deadline} is the day
 * an {@code offer} must be answered by; {@code link} is what a {@code follow-up} shared;
 * {@code messageId} is the {@code Message-ID} of the mail {@code inbox} made the entry from. All
 * five may be null.
 */
public record LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with,
                       LocalDate deadline, String link, String messageId) {

    public LogEntry {
        if (date == null || event == null) {
            throw new IllegalArgumentException("a log entry needs a date and an event");
        }
    }

    /** An entry typed by hand, with no deadline and no link. */
    public LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with) {
        this(date, event, note, decisionBy, with, null, null, null);
    }

    /** An entry typed by hand (no message behind it). */
    public LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with,
            LocalDate deadline, String link) {
        this(date, event, note, decisionBy, with, deadline, link, null);
    }

    /** An entry made from a mail by {@code inbox}. */
    public LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with,
            String messageId) {
        this(date, event, note, decisionBy, with, null, null, messageId);
    }

    public static LogEntry of(LocalDate date, EventType event) {
        return new LogEntry(date, event, null, null, null);
    }
}
