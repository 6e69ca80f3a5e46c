package followup.store;

import followup.UserException;
import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
import followup.model.LogEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What followup writes into an application file's text, the writing side of
 * {@link ApplicationCodec}: a new file, with its keys in the codec's order; and an update, made
 * in place key by key so that the person's comments, unknown keys and key order stay (a key added
 * goes where a new file would have it). Every text is read back, as a later read will read it,
 * before it is written ({@link #readable}).
 */
final class ApplicationEdits {

    private ApplicationEdits() {
    }

    /** The text of {@code bytes} with {@code update} applied, or null when it changes nothing. */
    static byte[] edit(String id, byte[] bytes, Store.Update update) throws InvalidFileException {
        FolderReader.Read current = FolderReader.parse(id, bytes, id + ".yaml", id + ".yaml");
        YamlDocument changed = apply(current, update, Path.of(id + ".yaml"));
        return changed == null ? null : changed.text().getBytes(StandardCharsets.UTF_8);
    }

    static YamlDocument apply(FolderReader.Read current, Store.Update update, Path file) {
        try {
            YamlDocument doc = current.document();
            boolean changed = false;
            if (update.interview() != null) {
                int same = sameRound(doc, update.interview());
                if (same < 0) {
                    doc = doc.insertItem("interviews", index(doc, "interviews", update.interview().date()),
                            lines(update.interview()), after("interviews"));
                    changed = true;
                } else {
                    YamlDocument completed = complete(doc, same, update.interview());
                    changed |= completed != doc;
                    doc = completed;
                }
            }
            if (update.status() != null && update.status() != current.application().status()) {
                doc = doc.setScalar("status", update.status().id(), after("status"));
                changed = true;
            }
            if (update.decisionBy() != null && !update.decisionBy().equals(current.application().decisionBy())) {
                doc = doc.setScalar("decision-by", update.decisionBy().toString(), after("decision-by"));
                changed = true;
            }
            if (update.log() != null) {
                doc = doc.insertItem("log", index(doc, "log", update.log().date()), lines(update.log()),
                        after("log"));
                changed = true;
            }
            return changed ? doc : null;
        } catch (YamlSyntaxException e) {
            throw UserException.data(file + ":" + (e.line + 1) + ":" + (e.column + 1) + ": " + e.getMessage());
        }
    }

    /**
     * The position in the file's {@code interviews} of the round {@code interview} tells again (the
     * same day, no other time: SPEC §5), or -1 when it is a new round.
     */
    private static int sameRound(YamlDocument doc, Interview interview) throws YamlSyntaxException {
        if (!(doc.root() instanceof YamlNode.Mapping map) || map.get("interviews") == null
                || !(map.get("interviews").value() instanceof YamlNode.Sequence seq)) {
            return -1;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            if (ApplicationCodec.interview(seq.items().get(i)).sameRound(interview)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Completes round {@code at} of the file with what {@code interview} adds (its time, new names,
     * kind, message id), key by key so the round's other keys and comments stay; the same
     * document when it adds nothing.
     */
    private static YamlDocument complete(YamlDocument doc, int at, Interview interview) throws YamlSyntaxException {
        YamlNode.Sequence seq = (YamlNode.Sequence) ((YamlNode.Mapping) doc.root()).get("interviews").value();
        Interview existing = ApplicationCodec.interview(seq.items().get(at));
        Interview done = existing.completedWith(interview);
        if (!Objects.equals(done.time(), existing.time())) {
            doc = doc.setItemValue("interviews", at, "time", time(done));
        }
        if (!done.with().equals(existing.with())) {
            doc = doc.setItemValue("interviews", at, "with", flowList(done.with()));
        }
        if (!Objects.equals(done.kind(), existing.kind())) {
            doc = doc.setItemValue("interviews", at, "kind", YamlText.scalar(done.kind()));
        }
        if (!Objects.equals(done.messageId(), existing.messageId())) {
            doc = doc.setItemValue("interviews", at, "message-id", YamlText.scalar(done.messageId()));
        }
        return doc;
    }

    /** Where a dated item goes in a list kept in date order: after every item on or before it. */
    private static int index(YamlDocument doc, String key, LocalDate date) throws YamlSyntaxException {
        if (!(doc.root() instanceof YamlNode.Mapping map) || map.get(key) == null
                || !(map.get(key).value() instanceof YamlNode.Sequence seq)) {
            return 0;
        }
        int at = 0;
        for (int i = 0; i < seq.items().size(); i++) {
            if (seq.items().get(i) instanceof YamlNode.Mapping item) {
                LocalDate d = ApplicationCodec.date(item, "date");
                if (d != null && !d.isAfter(date)) {
                    at = i + 1;
                }
            }
        }
        return at;
    }

    /**
     * The application in {@code bytes}, read as a later read will read the file (the size limit,
     * strict UTF-8, the YAML rules, every field), or a data error saying that nothing was written:
     * followup never writes a file it would refuse to read (SPEC §3).
     *
     * @param what what would have made the file ("the change"), for the message
     */
    static Application readable(String id, byte[] bytes, String shown, String what) {
        if (bytes.length > FileText.MAX_SIZE) {
            throw UserException.data(shown + ": " + what + " would make the file larger than 1 MiB, the most"
                    + " followup reads; nothing written");
        }
        try {
            return FolderReader.parse(id, bytes, shown, Ids.relative(id)).application();
        } catch (InvalidFileException e) {
            Problem p = e.problem();
            throw UserException.data(p + " (" + what + " would make the file unreadable; nothing written)");
        }
    }

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
        return "[" + String.join(", ", names.stream().map(ApplicationEdits::flowItem).toList()) + "]";
    }

    private static String flowItem(String s) {
        String plain = YamlText.scalar(s);
        return plain.contains(",") && !plain.startsWith("\"") ? YamlText.quoted(s) : plain;
    }

    /** The keys that come after {@code key} in {@link ApplicationCodec#KEYS}: where a new {@code key} goes in a file. */
    static String[] after(String key) {
        int at = ApplicationCodec.KEYS.indexOf(key);
        if (at < 0) {
            throw new IllegalArgumentException("not a key of an application: " + key);
        }
        return ApplicationCodec.KEYS.subList(at + 1, ApplicationCodec.KEYS.size()).toArray(new String[0]);
    }

    /** The whole text of a new application file, its keys in the order of {@link ApplicationCodec#KEYS}. */
    static String render(Application a) {
        StringBuilder sb = new StringBuilder();
        for (String key : ApplicationCodec.KEYS) {
            switch (key) {
                case "company" -> appendKey(sb, key, YamlText.scalar(a.company()));
                case "role" -> appendText(sb, key, a.role());
                case "status" -> appendKey(sb, key, a.status().id());
                case "source" -> appendText(sb, key, a.source());
                case "url" -> appendText(sb, key, a.url());
                case "applied" -> appendDate(sb, key, a.applied());
                case "contacts" -> appendContacts(sb, a.contacts());
                case "interviews" -> {
                    if (!a.interviews().isEmpty()) {
                        sb.append("interviews:\n");
                        for (Interview i : a.interviews()) {
                            appendItem(sb, lines(i));
                        }
                    }
                }
                case "decision-by" -> appendDate(sb, key, a.decisionBy());
                case "anchor" -> appendText(sb, key, a.anchor());
                case "notes" -> appendText(sb, key, a.notes());
                case "log" -> {
                    sb.append("log:");
                    if (a.log().isEmpty()) {
                        sb.append(" []\n");
                    } else {
                        sb.append('\n');
                        for (LogEntry e : a.log()) {
                            appendItem(sb, lines(e));
                        }
                    }
                }
                default -> throw new IllegalStateException("no writer for key " + key);
            }
        }
        return sb.toString();
    }

    private static void appendKey(StringBuilder sb, String key, String yamlValue) {
        sb.append(key).append(": ").append(yamlValue).append('\n');
    }

    private static void appendText(StringBuilder sb, String key, String value) {
        if (value != null) {
            appendKey(sb, key, YamlText.scalar(value));
        }
    }

    private static void appendDate(StringBuilder sb, String key, LocalDate date) {
        if (date != null) {
            appendKey(sb, key, date.toString());
        }
    }

    private static void appendContacts(StringBuilder sb, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        sb.append("contacts:\n");
        for (Contact c : contacts) {
            sb.append("  - name: ").append(YamlText.scalar(c.name())).append('\n');
            appendField(sb, "title", c.title());
            appendField(sb, "email", c.email());
            appendField(sb, "phone", c.phone());
            appendField(sb, "linkedin", c.linkedin());
            appendField(sb, "anchor", c.anchor());
            appendField(sb, "address", c.address());
        }
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
