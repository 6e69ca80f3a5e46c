package followup.model;

import java.time.LocalDate;
import java.util.ArrayList;
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
        // by date, stably (same-day entries keep the file's order)
        interviews = interviews == null ? List.of() : sorted(interviews, BY_INTERVIEW_DATE);
        log = log == null ? List.of() : sorted(log, BY_ENTRY_DATE);
    }

    private static final Comparator<Interview> BY_INTERVIEW_DATE = (a, b) -> a.date().compareTo(b.date());

    private static final Comparator<LogEntry> BY_ENTRY_DATE = (a, b) -> a.date().compareTo(b.date());

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) {
                List<T> copy = new ArrayList<>(items);
                copy.sort(order);
                return List.copyOf(copy);
            }
        }
        return List.copyOf(items); // already in order, as files and the index mostly are
    }

    /** The contact whose name matches, ignoring case. */
    public Optional<Contact> contact(String name) {
        String wanted = name.strip();
        for (Contact c : contacts) {
            if (c.name().equalsIgnoreCase(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
