package followup.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One job application, as read from {@code applications/<id>.yaml}. Optional fields are null;
 * lists are never null. Interviews and log entries are sorted by date (stable for equal dates).
 */
public record Application(
        String id,
        String company,
        String role,
        Status status,
        String source,
        LocalDate applied,
        List<Contact> contacts,
        List<Interview> interviews,
        LocalDate decisionBy,
        String anchor,
        String notes,
        List<LogEntry> log) {

    public Application {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        interviews = interviews == null ? List.of()
                : interviews.stream().sorted(Comparator.comparing(Interview::date)).toList();
        log = log == null ? List.of()
                : log.stream().sorted(Comparator.comparing(LogEntry::date)).toList();
    }

    /** The contact whose name matches, ignoring case. */
    public Optional<Contact> contact(String name) {
        return contacts.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
