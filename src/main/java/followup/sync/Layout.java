package followup.sync;

import static followup.sync.Comments.commentsIn;

import followup.store.YamlDocument;
import followup.store.YamlNode;
import followup.store.YamlSyntaxException;
import followup.sync.ApplicationMerge.NotMergeable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One side of a merge: its text cut into lines (each with its line break) and pieces, each
 * top-level field with the comment and blank lines above it, then the lines after the last field
 * (and their comments); a list field's entries cut the same way.
 */
record Layout(boolean bom, String newline, Map<String, Layout.Field> fields, List<String> tail,
        List<String> tailComments) {

    static final String BOM = "\uFEFF";

    /** Fields that are lists of dated entries, merged entry by entry. */
    private static final Set<String> LISTS = Set.of("log", "interviews");

    static Layout of(String raw) throws NotMergeable {
        boolean bom = raw.startsWith(BOM);
        String text = bom ? raw.substring(1) : raw;
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(text);
        } catch (YamlSyntaxException e) {
            throw new NotMergeable("not valid YAML");
        }
        List<String> lines = Lines.lines(text);
        String[] comments = Comments.comments(doc, lines);
        Map<String, Field> fields = new LinkedHashMap<>();
        int next = 0;
        if (doc.root() != null) {
            if (!(doc.root() instanceof YamlNode.Mapping map) || map.flow()) {
                throw new NotMergeable("not a block mapping of keys to values");
            }
            for (YamlNode.Entry e : map.entries()) {
                int keyLine = e.key().start().line();
                int last = lastLine(e);
                if (keyLine < next || last >= lines.size()) {
                    throw new NotMergeable("a layout this merge does not follow");
                }
                fields.put(e.key().value(), Field.of(e, next, keyLine, last, doc, lines, comments));
                next = last + 1;
            }
        }
        return new Layout(bom, doc.newline(), fields, List.copyOf(lines.subList(next, lines.size())),
                commentsIn(comments, next, lines.size()));
    }

    /**
     * A top-level field: the lines above it, its own lines, its value and, for a list, its
     * entries; and the comments in the lines above it and in its own lines.
     */
    record Field(String key, List<String> leading, List<String> body, String value, int column,
            Entries list, List<String> leadingComments, List<String> bodyComments) {

        static Field of(YamlNode.Entry e, int from, int keyLine, int last, YamlDocument doc, List<String> lines,
                String[] comments) throws NotMergeable {
            String key = e.key().value();
            Entries list = LISTS.contains(key) ? Entries.of(e, doc, lines, comments) : null;
            return new Field(key, List.copyOf(lines.subList(from, keyLine)), List.copyOf(lines.subList(keyLine, last + 1)),
                    canonical(e.value()), e.key().start().column(), list, commentsIn(comments, from, keyLine),
                    commentsIn(comments, keyLine, last + 1));
        }

        /** The comments a field's merge decides itself: for a list, only the key line's (the entries decide theirs). */
        List<String> ownComments() {
            return list != null ? list.headComments() : bodyComments;
        }
    }

    /** The last line an entry's text uses; an empty value sits on the key's line. */
    private static int lastLine(YamlNode.Entry e) {
        YamlNode v = e.value();
        if (v instanceof YamlNode.Scalar s && s.isNull() && s.value().isEmpty()) {
            return e.key().lastLine();
        }
        return Math.max(e.key().lastLine(), v.lastLine());
    }

    /**
     * A list field's entries: the key's line (and its comment), then each item with the comment
     * lines above it (its lines as written, and moved to column 0 so sides with another
     * indentation compare).
     */
    record Entries(List<String> head, List<String> headComments, List<Item> items, int dash) {

        /** The entries of a block list, an empty one for an empty value, null for anything else. */
        static Entries of(YamlNode.Entry e, YamlDocument doc, List<String> lines, String[] comments) throws NotMergeable {
            int keyLine = e.key().start().line();
            YamlNode v = e.value();
            boolean empty = (v instanceof YamlNode.Scalar s && s.isNull())
                    || (v instanceof YamlNode.Sequence q && q.items().isEmpty());
            if (empty) {
                return new Entries(List.copyOf(lines.subList(keyLine, lastLine(e) + 1)),
                        commentsIn(comments, keyLine, lastLine(e) + 1), List.of(), -1);
            }
            if (!(v instanceof YamlNode.Sequence seq) || seq.flow()) {
                return null;
            }
            int dash = -1;
            List<Item> items = new ArrayList<>();
            int next = keyLine + 1;
            for (YamlNode node : seq.items()) {
                int dashAt = dashOffset(doc, node);
                int dashLine = Lines.lineOf(lines, dashAt);
                int column = dashAt - Lines.startOf(lines, dashLine);
                int last = node.lastLine();
                if (dashLine < next || last < dashLine || last >= lines.size() || (dash >= 0 && column != dash)) {
                    throw new NotMergeable("a list layout this merge does not follow");
                }
                dash = column;
                List<String> raw = List.copyOf(lines.subList(next, last + 1));
                items.add(new Item(raw, Lines.shift(raw, column, 0), canonical(node), date(node), withoutNote(node),
                        noted(node), commentsIn(comments, next, last + 1)));
                next = last + 1;
            }
            return new Entries(List.copyOf(lines.subList(keyLine, keyLine + 1)), commentsIn(comments, keyLine, keyLine + 1),
                    items, dash);
        }
    }

    /** The offset of the '-' that introduces a block sequence item (it may stand on a line above). */
    private static int dashOffset(YamlDocument doc, YamlNode item) throws NotMergeable {
        String text = doc.text();
        int at = doc.offset(item.start()) - 1;
        while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        if (at < 0 || text.charAt(at) != '-') {
            throw new NotMergeable("a list item this merge does not follow");
        }
        return at;
    }

    /**
     * A list item: its lines as written and moved to column 0, its value, its date (or null), its
     * value less its note, whether it has a note, and its comments.
     */
    record Item(List<String> raw, List<String> text, String value, LocalDate date, String sansNote,
            boolean noted, List<String> comments) {

        /** This item with comment lines added above it (its lines then are its text, at column 0). */
        Item withComments(List<String> extra, String newline) {
            if (extra.isEmpty()) {
                return this;
            }
            List<String> lines = new ArrayList<>();
            for (String c : extra) {
                lines.add(c + newline);
            }
            lines.addAll(text);
            List<String> all = new ArrayList<>(comments);
            all.addAll(extra);
            return new Item(lines, lines, value, date, sansNote, noted, List.copyOf(all));
        }
    }

    /** An entry's value without its {@code note} (equal for the same event logged with and without one). */
    private static String withoutNote(YamlNode item) {
        if (item instanceof YamlNode.Mapping m && m.get("note") != null) {
            List<YamlNode.Entry> rest = new ArrayList<>(m.entries());
            rest.removeIf(e -> e.key().value().equals("note"));
            return canonical(new YamlNode.Mapping(rest, m.flow(), m.start(), m.end()));
        }
        return canonical(item);
    }

    /** Whether an entry has a note with some text in it. */
    private static boolean noted(YamlNode item) {
        return item instanceof YamlNode.Mapping m && m.get("note") != null
                && m.get("note").value() instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isBlank();
    }

    private static LocalDate date(YamlNode item) {
        if (item instanceof YamlNode.Mapping m && m.get("date") != null
                && m.get("date").value() instanceof YamlNode.Scalar s) {
            try {
                return LocalDate.parse(s.value().strip());
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A value as text that is equal for equal meaning: scalars by their text (so {@code 2026-11-20}
     * and {@code "2026-11-20"} agree), mappings whatever their key order.
     */
    static String canonical(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? "~" : "'" + s.value().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (node instanceof YamlNode.Mapping m) {
            List<String> entries = new ArrayList<>();
            for (YamlNode.Entry e : m.entries()) {
                entries.add(canonical(e.key()) + ":" + canonical(e.value()));
            }
            Collections.sort(entries);
            return "{" + String.join(",", entries) + "}";
        }
        YamlNode.Sequence q = (YamlNode.Sequence) node;
        List<String> items = new ArrayList<>();
        for (YamlNode n : q.items()) {
            items.add(canonical(n));
        }
        return "[" + String.join(",", items) + "]";
    }
}
