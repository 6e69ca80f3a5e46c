package followup.store;

import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps between the YAML tree of an application file (SPEC §3) and the model: every value is
 * read from its text (never retyped by YAML 1.1 rules), and every wrong value is reported at its
 * line without quoting it.
 */
public final class ApplicationCodec {

    /** The top-level key under which a merge records the other side's value of a conflicting field. */
    public static final String CONFLICT_KEY = "merge-conflict";

    /**
     * The top-level keys of an application file, in the order followup writes them (SPEC §3): a
     * new file is written in this order, and a key added to a file goes before the first key
     * present that comes after it here ({@link ApplicationEdits}).
     */
    static final List<String> KEYS = List.of("company", "role", "status", "source", "url", "applied", "contacts",
            "interviews", "decision-by", "anchor", "notes", "log");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    private ApplicationCodec() {
    }

    static Application read(String id, YamlNode root) throws YamlSyntaxException {
        if (root instanceof YamlNode.Mapping map && map.get(CONFLICT_KEY) != null) {
            throw new YamlSyntaxException(map.get(CONFLICT_KEY).key(), conflictMessage(map));
        }
        return readFields(id, root);
    }

    /** What a merge left unresolved (see {@code followup merge-file}), naming only the fields we know. */
    private static String conflictMessage(YamlNode.Mapping map) {
        List<String> known = new ArrayList<>();
        int others = 0;
        if (map.get(CONFLICT_KEY).value() instanceof YamlNode.Mapping record) {
            for (YamlNode.Entry e : record.entries()) {
                String name = YamlReader.keyName(e.key().value());
                if (name.isEmpty()) {
                    others++;
                } else {
                    known.add(name.strip());
                }
            }
        }
        if (others > 0) {
            known.add(others + (others == 1 ? " field of yours" : " fields of yours"));
        }
        return "unresolved merge conflict" + (known.isEmpty() ? "" : " in " + String.join(", ", known))
                + ": both copies changed it; keep the right value, delete '" + CONFLICT_KEY
                + "', then 'followup check'";
    }

    /** An application's fields, ignoring a merge's conflict record (the merge checks its own output). */
    public static Application readFields(String id, YamlNode root) throws YamlSyntaxException {
        // no document, or a document with nothing in it ("---" alone, comments only)
        if (root == null || root instanceof YamlNode.Scalar s && s.isNull() && s.value().isEmpty()) {
            throw new YamlSyntaxException(0, 0, "the file is empty; an application needs at least 'company'");
        }
        if (!(root instanceof YamlNode.Mapping map)) {
            throw new YamlSyntaxException(root, "the file must be a mapping of keys to values, like 'company: Acme'");
        }
        String company = text(map, "company");
        if (company == null || company.isBlank()) {
            throw new YamlSyntaxException(map, "'company' is missing");
        }
        List<Interview> interviews = list(map, "interviews", ApplicationCodec::interview);
        Status status = status(map, interviews);
        return new Application(id, company.strip(), text(map, "role"), status, text(map, "source"),
                text(map, "url"), date(map, "applied"), list(map, "contacts", ApplicationCodec::contact), interviews,
                date(map, "decision-by"), text(map, "anchor"), text(map, "notes"),
                list(map, "log", ApplicationCodec::logEntry));
    }

    private static Status status(YamlNode.Mapping map, List<Interview> interviews) throws YamlSyntaxException {
        YamlNode.Entry e = map.get("status");
        String s = text(map, "status");
        if (s == null) {
            return interviews.isEmpty() ? Status.APPLIED : Status.INTERVIEWING;
        }
        return Status.parse(s.strip()).orElseThrow(() -> new YamlSyntaxException(e.value(),
                "'status' must be one of: " + Status.names()));
    }

    private static Contact contact(YamlNode node) throws YamlSyntaxException {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return Contact.named(check(s));
        }
        YamlNode.Mapping m = mapping(node, "a contact");
        String name = text(m, "name");
        if (name == null || name.isBlank()) {
            throw new YamlSyntaxException(node, "a contact needs a 'name'");
        }
        return new Contact(name.strip(), text(m, "title"), text(m, "email"), text(m, "phone"), text(m, "linkedin"),
                text(m, "anchor"), text(m, "address"));
    }

    static Interview interview(YamlNode node) throws YamlSyntaxException {
        YamlNode.Mapping m = mapping(node, "an interview");
        LocalDate date = date(m, "date");
        if (date == null) {
            throw new YamlSyntaxException(node, "an interview needs a 'date'");
        }
        return new Interview(date, time(m, "time"), names(m, "with"), text(m, "kind"), text(m, "message-id"));
    }

    private static LogEntry logEntry(YamlNode node) throws YamlSyntaxException {
        YamlNode.Mapping m = mapping(node, "a log entry");
        LocalDate date = date(m, "date");
        if (date == null) {
            throw new YamlSyntaxException(node, "a log entry needs a 'date'");
        }
        String event = text(m, "event");
        if (event == null) {
            throw new YamlSyntaxException(node, "a log entry needs an 'event'");
        }
        EventType type = EventType.parse(event.strip()).orElseThrow(() -> new YamlSyntaxException(
                m.get("event").value(), "unknown event; known events: " + EventType.names()));
        return new LogEntry(date, type, text(m, "note"), date(m, "decision-by"), text(m, "with"),
                date(m, "deadline"), text(m, "link"), text(m, "message-id"), text(m, "action"), date(m, "until"));
    }

    // ---- values -------------------------------------------------------------------------------

    private interface Item<T> {
        T read(YamlNode node) throws YamlSyntaxException;
    }

    private static <T> List<T> list(YamlNode.Mapping map, String key, Item<T> item) throws YamlSyntaxException {
        YamlNode.Entry e = map.get(key);
        if (e == null || e.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(e.value() instanceof YamlNode.Sequence seq)) {
            throw new YamlSyntaxException(e.value(), "'" + key + "' must be a list ('- ' items)");
        }
        List<T> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            out.add(item.read(n));
        }
        return out;
    }

    private static YamlNode.Mapping mapping(YamlNode node, String what) throws YamlSyntaxException {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw new YamlSyntaxException(node, what + " must be a mapping of keys to values");
    }

    /** A text value, or null when the key is absent or empty. */
    static String text(YamlNode.Mapping map, String key) throws YamlSyntaxException {
        YamlNode.Entry e = map.get(key);
        if (e == null) {
            return null;
        }
        if (!(e.value() instanceof YamlNode.Scalar s)) {
            throw new YamlSyntaxException(e.value(), "'" + key + "' must be a single value, not a list or mapping");
        }
        if (s.isNull()) {
            return null;
        }
        return check(s);
    }

    private static List<String> names(YamlNode.Mapping map, String key) throws YamlSyntaxException {
        YamlNode.Entry e = map.get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return s.isNull() ? List.of() : List.of(check(s).strip());
        }
        if (!(e.value() instanceof YamlNode.Sequence seq)) {
            throw new YamlSyntaxException(e.value(), "'" + key + "' must be a name or a list of names");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            if (!(n instanceof YamlNode.Scalar s) || s.isNull()) {
                throw new YamlSyntaxException(n, "'" + key + "' must list names");
            }
            out.add(check(s).strip());
        }
        return out;
    }

    static LocalDate date(YamlNode.Mapping map, String key) throws YamlSyntaxException {
        String s = text(map, key);
        if (s == null) {
            return null;
        }
        YamlNode at = map.get(key).value();
        if (!DATE.matcher(s.strip()).matches()) {
            throw new YamlSyntaxException(at, "'" + key + "' must be a date like 2026-11-27");
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeException ex) {
            throw new YamlSyntaxException(at, "'" + key + "' is not a real date (check month and day)");
        }
    }

    private static LocalTime time(YamlNode.Mapping map, String key) throws YamlSyntaxException {
        String s = text(map, key);
        if (s == null) {
            return null;
        }
        YamlNode at = map.get(key).value();
        if (!TIME.matcher(s.strip()).matches()) {
            throw new YamlSyntaxException(at, "'" + key + "' must be a time like \"14:00\"");
        }
        String[] hm = s.strip().split(":");
        try {
            return LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
        } catch (DateTimeException ex) {
            throw new YamlSyntaxException(at, "'" + key + "' is not a real time of day");
        }
    }

    /** Refuses text Java cannot write back faithfully: lone surrogates from escapes. */
    private static String check(YamlNode.Scalar s) throws YamlSyntaxException {
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new YamlSyntaxException(s, "contains an invalid character (a lone surrogate escape)");
            }
        }
        return v;
    }
}
