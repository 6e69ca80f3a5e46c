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
final class ApplicationCodec {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    private ApplicationCodec() {
    }

    static Application read(String id, YamlNode root) throws YamlSyntaxException {
        if (root instanceof YamlNode.Mapping map && map.get(ApplicationMerge.CONFLICT_KEY) != null) {
            throw new YamlSyntaxException(map.get(ApplicationMerge.CONFLICT_KEY).key(), conflictMessage(map));
        }
        return readFields(id, root);
    }

    /** What a merge left unresolved (see {@link ApplicationMerge}), naming only the fields we know. */
    private static String conflictMessage(YamlNode.Mapping map) {
        List<String> known = new ArrayList<>();
        int others = 0;
        if (map.get(ApplicationMerge.CONFLICT_KEY).value() instanceof YamlNode.Mapping record) {
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
                + ": both copies changed it; keep the right value, delete '" + ApplicationMerge.CONFLICT_KEY
                + "', then 'followup check'";
    }

    /** An application's fields, ignoring a merge's conflict record (the merge checks its own output). */
    static Application readFields(String id, YamlNode root) throws YamlSyntaxException {
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

    // ---- writing ------------------------------------------------------------------------------

    /** The lines of one log entry, unindented, for {@link YamlDocument#insertItem}. */
    static List<String> lines(LogEntry entry) {
        List<String> lines = new ArrayList<>();
        lines.add("date: " + entry.date());
        lines.add("event: " + entry.event().id());
        if (entry.with() != null) {
            lines.add("with: " + YamlText.scalar(entry.with()));
        }
        if (entry.decisionBy() != null) {
            lines.add("decision-by: " + entry.decisionBy());
        }
        if (entry.deadline() != null) {
            lines.add("deadline: " + entry.deadline());
        }
        if (entry.link() != null) {
            lines.add("link: " + YamlText.scalar(entry.link()));
        }
        if (entry.action() != null) {
            lines.add("action: " + YamlText.scalar(entry.action()));
        }
        if (entry.until() != null) {
            lines.add("until: " + entry.until());
        }
        if (entry.note() != null) {
            lines.add("note: " + YamlText.scalar(entry.note()));
        }
        if (entry.messageId() != null) {
            lines.add("message-id: " + YamlText.scalar(entry.messageId()));
        }
        return lines;
    }

    static List<String> lines(Interview interview) {
        List<String> lines = new ArrayList<>();
        lines.add("date: " + interview.date());
        if (interview.time() != null) {
            lines.add("time: " + time(interview));
        }
        if (!interview.with().isEmpty()) {
            lines.add("with: " + flowList(interview.with()));
        }
        if (interview.kind() != null) {
            lines.add("kind: " + YamlText.scalar(interview.kind()));
        }
        if (interview.messageId() != null) {
            lines.add("message-id: " + YamlText.scalar(interview.messageId()));
        }
        return lines;
    }

    /** An interview's time as YAML: quoted, as 14:00 unquoted is a number in YAML 1.1. */
    static String time(Interview interview) {
        return "\"" + interview.time() + "\"";
    }

    /** Names as a YAML flow list: {@code [Jane Doe, "Lee, Sam"]}. */
    static String flowList(List<String> names) {
        return "[" + String.join(", ", names.stream().map(ApplicationCodec::flowItem).toList()) + "]";
    }

    private static String flowItem(String s) {
        String plain = YamlText.scalar(s);
        return plain.contains(",") && !plain.startsWith("\"") ? YamlText.quoted(s) : plain;
    }

    /** The whole text of a new application file. */
    static String render(Application a) {
        StringBuilder sb = new StringBuilder();
        sb.append("company: ").append(YamlText.scalar(a.company())).append('\n');
        if (a.role() != null) {
            sb.append("role: ").append(YamlText.scalar(a.role())).append('\n');
        }
        sb.append("status: ").append(a.status().id()).append('\n');
        if (a.source() != null) {
            sb.append("source: ").append(YamlText.scalar(a.source())).append('\n');
        }
        if (a.url() != null) {
            sb.append("url: ").append(YamlText.scalar(a.url())).append('\n');
        }
        if (a.applied() != null) {
            sb.append("applied: ").append(a.applied()).append('\n');
        }
        if (!a.contacts().isEmpty()) {
            sb.append("contacts:\n");
            for (Contact c : a.contacts()) {
                sb.append("  - name: ").append(YamlText.scalar(c.name())).append('\n');
                appendField(sb, "title", c.title());
                appendField(sb, "email", c.email());
                appendField(sb, "phone", c.phone());
                appendField(sb, "linkedin", c.linkedin());
                appendField(sb, "anchor", c.anchor());
                appendField(sb, "address", c.address());
            }
        }
        if (!a.interviews().isEmpty()) {
            sb.append("interviews:\n");
            for (Interview i : a.interviews()) {
                appendItem(sb, lines(i));
            }
        }
        if (a.decisionBy() != null) {
            sb.append("decision-by: ").append(a.decisionBy()).append('\n');
        }
        if (a.anchor() != null) {
            sb.append("anchor: ").append(YamlText.scalar(a.anchor())).append('\n');
        }
        if (a.notes() != null) {
            sb.append("notes: ").append(YamlText.scalar(a.notes())).append('\n');
        }
        sb.append("log:");
        if (a.log().isEmpty()) {
            sb.append(" []\n");
        } else {
            sb.append('\n');
            for (LogEntry e : a.log()) {
                appendItem(sb, lines(e));
            }
        }
        return sb.toString();
    }

    private static void appendField(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append("    ").append(key).append(": ").append(YamlText.scalar(value)).append('\n');
        }
    }

    private static void appendItem(StringBuilder sb, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? "  - " : "    ").append(lines.get(i)).append('\n');
        }
    }
}
