package followup.model;

import java.time.LocalDate;

/**
 * One line of an application's history. {@code decisionBy} is kept for {@code timeline} and
 * {@code delayed}; {@code with} names the person a thank-you went to; {@code deadline} is the day
 * an {@code offer} must be answered by; {@code link} is what a {@code follow-up} shared;
 * {@code messageId} is the {@code Message-ID} of the mail {@code inbox} made the entry from;
 * {@code action} and {@code until}, on {@code skipped}, name the action skipped and the day it
 * comes back. All may be null.
 */
public record LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with,
                       LocalDate deadline, String link, String messageId, String action, LocalDate until) {

    public LogEntry {
        if (date == null || event == null) {
            throw new IllegalArgumentException("a log entry needs a date and an event");
        }
    }

    /** An entry that is not a skipped action. */
    public LogEntry(LocalDate date, EventType event, String note, LocalDate decisionBy, String with,
            LocalDate deadline, String link, String messageId) {
        this(date, event, note, decisionBy, with, deadline, link, messageId, null, null);
    }

    /** A {@code skipped} entry: {@code action} not done (for {@code with}, when per person), back on {@code until}. */
    public static LogEntry skipped(LocalDate date, String action, String with, LocalDate until, String note) {
        return new LogEntry(date, EventType.SKIPPED, note, null, with, null, null, null, action, until);
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
