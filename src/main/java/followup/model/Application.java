package followup.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One job application, as read from {@code applications/<id>.yaml}. Optional fields are null;
 * lists are never null. Interviews and log entries are sorted by date (stable for equal dates).
 * {@code url} is the job posting's address (SPEC §3), when known.
 */
public record Application(
        String id,
        String company,
        String role,
        Status status,
        String source,
        String url,
        LocalDate applied,
        List<Contact> contacts,
        List<Interview> interviews,
        LocalDate decisionBy,
        String anchor,
        String notes,
        List<LogEntry> log) {

    /** The first and the last day a file can hold: years 0001-9999, four digits (SPEC §4). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    public Application {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        // by date, stably (same-day entries keep the file's order)
        interviews = interviews == null ? List.of() : sorted(interviews, BY_INTERVIEW_DATE);
        log = log == null ? List.of() : sorted(log, BY_ENTRY_DATE);
    }

    /** An application without a posting URL. */
    public Application(String id, String company, String role, Status status, String source, LocalDate applied,
            List<Contact> contacts, List<Interview> interviews, LocalDate decisionBy, String anchor, String notes,
            List<LogEntry> log) {
        this(id, company, role, status, source, null, applied, contacts, interviews, decisionBy, anchor, notes, log);
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

    /**
     * Whether this is the application for that job: the same company and role, ignoring case,
     * accents, punctuation and spacing ("Acme Corp." and "acme corp" are one company); no role
     * matches no role.
     */
    public boolean sameJob(String otherCompany, String otherRole) {
        return same(company, otherCompany) && (role == null ? otherRole == null || otherRole.isBlank()
                : otherRole != null && same(role, otherRole));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && words(a).equals(words(b));
    }

    /** Letters and digits only, folded: how two spellings of a name are compared. */
    private static String words(String s) {
        String folded = People.fold(s);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
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
