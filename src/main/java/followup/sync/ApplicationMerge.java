package followup.sync;

import followup.store.ApplicationCodec;
import followup.store.YamlDocument;
import followup.store.YamlNode;
import followup.store.YamlSyntaxException;
import followup.store.YamlText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The three-way merge of one application file that git's merge driver ({@code followup
 * merge-file}) does when two copies of the data home both changed it.
 *
 * <ul>
 * <li>{@code log} and {@code interviews}: the entries of both sides are kept, each once, in date
 * order; an entry one side removed (or rewrote) and the other left alone is removed (or rewritten).
 * <li>Every other top-level field: changed on one side only, that side's value is taken; changed
 * to the same value on both, kept.
 * <li>A field both sides changed differently is a conflict, never resolved silently: this side's
 * value stays where it is, and the other side's goes under a top-level {@value #CONFLICT_KEY} key.
 * The file stays valid YAML; the loader reports it (so {@code followup check}, {@code today} and
 * {@code list} name it) until the user keeps one value and deletes the record.
 * </ul>
 *
 * <p>The result is this side's text with the other side's changes applied as text edits, so this
 * side's comments and layout survive; comment lines belong to the field or entry below them and
 * travel with it, so the other side's comments arrive with what it changed.
 */
public final class ApplicationMerge {

    /** The top-level key under which a merge records the other side's value of a conflicting field. */
    public static final String CONFLICT_KEY = ApplicationCodec.CONFLICT_KEY;

    /** Fields that are lists of dated entries, merged entry by entry. */
    private static final Set<String> LISTS = Set.of("log", "interviews");

    /** An empty flow list or null after the key ({@code log: []}), which must go before block items. */
    private static final Pattern EMPTY_VALUE = Pattern.compile(":[ \\t]*(\\[[ \\t]*\\]|~|null|Null|NULL)(?=[ \\t]*(#.*)?$)");

    private static final String BOM = "\uFEFF";

    private ApplicationMerge() {
    }

    /**
     * The merged text, and the fields left in conflict (empty when the merge is clean).
     *
     * @param conflicts the conflicting top-level keys, in file order
     */
    public record Result(String text, List<String> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /** The sides cannot be merged field by field (one is not YAML, or not a block mapping); merge lines instead. */
    public static final class NotMergeable extends Exception {
        private static final long serialVersionUID = 1L;

        NotMergeable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Merges {@code theirs} into {@code ours}, both descended from {@code base} (empty when both
     * sides added the file).
     */
    public static Result merge(String base, String ours, String theirs) throws NotMergeable {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return new Result(ours, List.of());
        }
        if (base.equals(ours)) {
            return new Result(theirs, List.of());
        }
        Layout b = Layout.of(base);
        Layout o = Layout.of(ours);
        Layout t = Layout.of(theirs);
        Merger merger = new Merger(b, o, t);
        String text = merger.merge();
        check(text, ours, theirs);
        return new Result(text, List.copyOf(merger.conflicts.keySet()));
    }

    /** The result must read back, and be a valid application whenever both sides were. */
    private static void check(String text, String ours, String theirs) throws NotMergeable {
        YamlDocument merged;
        try {
            merged = YamlDocument.parse(text);
        } catch (YamlSyntaxException e) {
            throw new NotMergeable("the merged text does not read back as YAML");
        }
        if (valid(ours) && valid(theirs)) {
            try {
                ApplicationCodec.readFields("merged", merged.root());
            } catch (YamlSyntaxException e) {
                throw new NotMergeable("the merged text is not a valid application");
            }
        }
    }

    private static boolean valid(String text) {
        try {
            ApplicationCodec.readFields("side", YamlDocument.parse(text).root());
            return true;
        } catch (YamlSyntaxException e) {
            return false;
        }
    }

    // ---- one side, cut into pieces ------------------------------------------------------------

    /**
     * A file cut into lines (each with its line break) and pieces: each top-level field with the
     * comment and blank lines above it, then the lines after the last field (and their comments).
     */
    private record Layout(boolean bom, String newline, Map<String, Field> fields, List<String> tail,
            List<String> tailComments) {

        static Layout of(String raw) throws NotMergeable {
            boolean bom = raw.startsWith(BOM);
            String text = bom ? raw.substring(1) : raw;
            YamlDocument doc;
            try {
                doc = YamlDocument.parse(text);
            } catch (YamlSyntaxException e) {
                throw new NotMergeable("not valid YAML");
            }
            List<String> lines = lines(text);
            String[] comments = comments(doc, lines);
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
    }

    /**
     * A top-level field: the lines above it, its own lines, its value and, for a list, its
     * entries; and the comments in the lines above it and in its own lines.
     */
    private record Field(String key, List<String> leading, List<String> body, String value, int column,
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
    private record Entries(List<String> head, List<String> headComments, List<Item> items, int dash) {

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
                int dashLine = lineOf(lines, dashAt);
                int column = dashAt - startOf(lines, dashLine);
                int last = node.lastLine();
                if (dashLine < next || last < dashLine || last >= lines.size() || (dash >= 0 && column != dash)) {
                    throw new NotMergeable("a list layout this merge does not follow");
                }
                dash = column;
                List<String> raw = List.copyOf(lines.subList(next, last + 1));
                items.add(new Item(raw, shift(raw, column, 0), canonical(node), date(node), withoutNote(node),
                        noted(node), commentsIn(comments, next, last + 1)));
                next = last + 1;
            }
            return new Entries(List.copyOf(lines.subList(keyLine, keyLine + 1)), commentsIn(comments, keyLine, keyLine + 1),
                    items, dash);
        }
    }

    // ---- comments -----------------------------------------------------------------------------

    /**
     * The comment on each line ({@code # ...} as written, stripped), or null: a {@code #} outside
     * every scalar (key or value, quoted, plain or block) that starts a line or follows a blank,
     * as YAML reads it.
     */
    private static String[] comments(YamlDocument doc, List<String> lines) {
        String text = doc.text();
        boolean[] inScalar = new boolean[text.length() + 1];
        markScalars(doc, doc.root(), inScalar);
        String[] comments = new String[lines.size()];
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBreak(lines.get(i));
            for (int j = 0; j < line.length(); j++) {
                char before = j == 0 ? ' ' : line.charAt(j - 1);
                if (line.charAt(j) == '#' && !inScalar[start + j] && (before == ' ' || before == '\t')) {
                    comments[i] = line.substring(j).strip();
                    break;
                }
            }
            start += lines.get(i).length();
        }
        return comments;
    }

    private static void markScalars(YamlDocument doc, YamlNode node, boolean[] inScalar) {
        if (node instanceof YamlNode.Scalar s) {
            int from = Math.min(doc.offset(s.start()), inScalar.length);
            int to = Math.min(doc.offset(s.end()), inScalar.length);
            java.util.Arrays.fill(inScalar, from, Math.max(from, to), true);
        } else if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                markScalars(doc, e.key(), inScalar);
                markScalars(doc, e.value(), inScalar);
            }
        } else if (node instanceof YamlNode.Sequence q) {
            for (YamlNode item : q.items()) {
                markScalars(doc, item, inScalar);
            }
        }
    }

    /** The comments of lines {@code from} (inclusive) to {@code to} (exclusive), in order. */
    private static List<String> commentsIn(String[] comments, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (comments[i] != null) {
                out.add(comments[i]);
            }
        }
        return List.copyOf(out);
    }

    /** Of the comments each side has, those the base lacks and the kept lines do not carry, once each. */
    @SafeVarargs
    private static List<String> lostComments(Collection<String> kept, Collection<String> base, List<String>... sides) {
        Set<String> known = new HashSet<>(kept);
        known.addAll(base);
        Set<String> lost = new LinkedHashSet<>();
        for (List<String> side : sides) {
            for (String c : side) {
                if (!known.contains(c)) {
                    lost.add(c);
                }
            }
        }
        return List.copyOf(lost);
    }

    /** Per day, the entries a side has more of than the base had, with how many more. */
    private static Map<LocalDate, Map<String, Integer>> addedByDay(List<Item> items, Map<String, Integer> inBase,
            Map<String, Integer> inSide) {
        Map<LocalDate, Map<String, Integer>> added = new HashMap<>();
        for (Item item : items) {
            int more = inSide.getOrDefault(item.value(), 0) - inBase.getOrDefault(item.value(), 0);
            if (more > 0 && item.date() != null) {
                added.computeIfAbsent(item.date(), d -> new HashMap<>()).put(item.value(), more);
            }
        }
        return added;
    }

    /**
     * A list item: its lines as written and moved to column 0, its value, its date (or null), its
     * value less its note, whether it has a note, and its comments.
     */
    private record Item(List<String> raw, List<String> text, String value, LocalDate date, String sansNote,
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

    // ---- the merge ----------------------------------------------------------------------------

    /** One merge: walks this side's fields, applying the other side's changes. */
    private static final class Merger {
        private final Layout base;
        private final Layout ours;
        private final Layout theirs;
        private final String nl;
        /** Conflicting key → the other side's lines to record (already indented under the record). */
        final Map<String, List<String>> conflicts = new LinkedHashMap<>();

        Merger(Layout base, Layout ours, Layout theirs) {
            this.base = base;
            this.ours = ours;
            this.theirs = theirs;
            this.nl = ours.newline();
        }

        String merge() throws NotMergeable {
            // the merged fields in this side's order, with fields only the other side has slotted in
            Map<String, List<String>> merged = new LinkedHashMap<>();
            for (Field o : ours.fields().values()) {
                merged.put(o.key(), field(base.fields().get(o.key()), o, theirs.fields().get(o.key())));
            }
            List<String> order = new ArrayList<>(ours.fields().keySet());
            List<String> theirKeys = new ArrayList<>(theirs.fields().keySet());
            for (int i = 0; i < theirKeys.size(); i++) {
                String key = theirKeys.get(i);
                if (ours.fields().containsKey(key)) {
                    continue;
                }
                Field t = theirs.fields().get(key);
                Field b = base.fields().get(key);
                List<String> lines;
                if (b == null) {
                    lines = concat(t.leading(), t.body());
                } else {
                    // this side deleted it: a conflict when the other side changed its value; the
                    // comments the other side added stay, where the field was
                    List<String> added = lostComments(List.of(), concat(b.leadingComments(), b.bodyComments()),
                            t.leadingComments(), t.bodyComments());
                    if (!b.body().equals(t.body()) && !b.value().equals(t.value())) {
                        conflicts.put(key, concat(commentLines(lostComments(t.bodyComments(), b.leadingComments(),
                                t.leadingComments()), 2), shift(t.body(), t.column(), 2)));
                        continue;
                    }
                    if (added.isEmpty()) {
                        continue;
                    }
                    lines = commentLines(added, t.column());
                }
                merged.put(key, lines);
                order.add(insertionIndex(order, theirKeys.subList(i + 1, theirKeys.size())), key);
            }
            StringBuilder out = new StringBuilder(ours.bom() ? BOM : "");
            for (String key : order) {
                append(out, merged.get(key), nl);
            }
            if (ours.tail().equals(base.tail())) {
                append(out, theirs.tail(), nl);
            } else {
                append(out, ours.tail(), nl);
                append(out, commentLines(lostComments(ours.tailComments(), base.tailComments(), theirs.tailComments()), 0), nl);
            }
            if (!conflicts.isEmpty()) {
                if (order.contains(CONFLICT_KEY)) {
                    throw new NotMergeable("an earlier conflict is still unresolved");
                }
                append(out, record(), nl);
            }
            return out.toString();
        }

        /** Where a field only the other side has goes: before the first of the fields after it there that we have. */
        private static int insertionIndex(List<String> order, List<String> after) {
            for (String key : after) {
                int at = order.indexOf(key);
                if (at >= 0) {
                    return at;
                }
            }
            return order.size();
        }

        /**
         * The merged lines of a field this side has (empty when the other side's deletion wins).
         * Whichever side's lines are kept, a comment the other side added is kept too, on a line
         * of its own above the field: two sides that changed one comment differently keep both.
         */
        private List<String> field(Field b, Field o, Field t) throws NotMergeable {
            boolean theirLeading = b != null && o.leading().equals(b.leading()) && t != null;
            List<String> leading = theirLeading ? t.leading() : o.leading();
            List<String> kept = new ArrayList<>(theirLeading ? t.leadingComments() : o.leadingComments());
            List<String> inBase = b == null ? List.of() : concat(b.leadingComments(), b.ownComments());
            if (o.list() != null && (b == null || b.list() != null) && (t == null || t.list() != null)) {
                kept.addAll(o.ownComments());
                List<String> lost = lostComments(kept, inBase, o.leadingComments(), o.ownComments(),
                        t == null ? List.of() : t.leadingComments(), t == null ? List.of() : t.ownComments());
                return concat(concat(leading, commentLines(lost, o.column())), list(b, o, t));
            }
            List<String> bodyB = b == null ? null : b.body();
            List<String> bodyT = t == null ? null : t.body();
            String valueB = b == null ? null : b.value();
            String valueT = t == null ? null : t.value();
            List<String> body;
            if (o.body().equals(bodyB)) {
                body = bodyT; // only the other side touched it (or deleted it)
            } else if (bodyT == null ? bodyB == null : bodyT.equals(bodyB) || bodyT.equals(o.body())) {
                body = o.body();
            } else if (o.value().equals(valueT) || (valueT != null && valueT.equals(valueB))) {
                body = o.body(); // the other side changed only comments or layout: ours wins, their comments stay
            } else if (o.value().equals(valueB)) {
                body = bodyT; // we changed only comments or layout, they changed the value
            } else {
                conflicts.put(o.key(), t == null ? deleted(o.key()) : shift(t.body(), t.column(), 2));
                body = o.body();
                if (t != null) {
                    kept.addAll(t.bodyComments()); // recorded with their value
                }
            }
            if (body == o.body()) {
                kept.addAll(o.bodyComments());
            } else if (body != null) {
                kept.addAll(t.bodyComments());
            }
            List<String> lost = lostComments(kept, inBase, o.leadingComments(), o.bodyComments(),
                    t == null ? List.of() : t.leadingComments(), t == null ? List.of() : t.bodyComments());
            if (body == null) {
                return commentLines(lost, o.column());
            }
            return concat(concat(leading, commentLines(lost, o.column())), body);
        }

        /** Comments as lines of their own at {@code column}. */
        private List<String> commentLines(List<String> comments, int column) {
            List<String> lines = new ArrayList<>();
            for (String c : comments) {
                lines.add(" ".repeat(column) + c + nl);
            }
            return lines;
        }

        /** The record line of a field the other side deleted while this side changed it. */
        private List<String> deleted(String key) {
            return List.of("  " + YamlText.scalar(key) + ": ~   # deleted in the other copy" + nl);
        }

        /**
         * A list field merged entry by entry; its lines without the leading comments.
         *
         * <p>Entries are equal when their values are (comments and layout aside). An entry logged on
         * both sides is kept once; the same event logged on both, once with a note and once
         * without (every other field equal), is kept once, with the note. Two entries that differ
         * otherwise (two different notes on one day) are two entries: both are kept.
         *
         * <p>Conflicts, recorded rather than resolved: an entry both sides rewrote differently; an
         * entry one side deleted and the other rewrote (its value, or only its comments). A
         * rewritten entry is told from a new one by its date: a day on which both sides removed
         * an entry of the base and a side put something else.
         */
        private List<String> list(Field bf, Field of, Field tf) {
            Entries b = bf == null ? null : bf.list();
            Entries o = of.list();
            Entries t = tf == null ? null : tf.list();
            List<Item> baseItems = b == null ? List.of() : b.items();
            Map<String, Integer> inBase = counts(baseItems);
            List<Item> ourItems = new ArrayList<>(o.items());
            List<Item> theirItems = new ArrayList<>(t == null ? List.of() : t.items());
            sameEvents(ourItems, theirItems, inBase);
            Map<String, Integer> inOurs = counts(ourItems);
            Map<String, Integer> inTheirs = counts(theirItems);
            Set<String> values = new LinkedHashSet<>(inOurs.keySet());
            values.addAll(inTheirs.keySet());
            Map<String, Integer> wanted = new HashMap<>();
            for (String v : values) {
                wanted.put(v, count(inBase.getOrDefault(v, 0), inOurs.getOrDefault(v, 0), inTheirs.getOrDefault(v, 0)));
            }

            // an entry one side deleted and the other changed only in its comments or layout
            List<Item> deletedThere = new ArrayList<>(); // the base entries the other side deleted and we changed
            List<Item> conflicting = new ArrayList<>();  // the other side's entries recorded, not merged
            for (Item item : baseItems) {
                String v = item.value();
                if (inBase.get(v) != 1) {
                    continue;
                }
                int inO = inOurs.getOrDefault(v, 0);
                int inT = inTheirs.getOrDefault(v, 0);
                if (inO == 1 && inT == 0 && !only(ourItems, v).text().equals(item.text())) {
                    wanted.put(v, 1); // this copy's version stays; the deletion is recorded
                    deletedThere.add(item);
                } else if (inO == 0 && inT == 1 && !only(theirItems, v).text().equals(item.text())) {
                    conflicting.add(only(theirItems, v));
                }
            }

            // this side's entries, less the ones the other side removed, and rewritten where only they rewrote one
            List<Item> result = new ArrayList<>();
            Map<String, Integer> kept = new HashMap<>();
            for (Item item : ourItems) {
                int n = kept.merge(item.value(), 1, Integer::sum);
                if (n > wanted.get(item.value())) {
                    continue;
                }
                result.add(rewritten(item, baseItems, theirItems, inBase, inOurs, inTheirs));
            }

            // days on which both sides removed an entry of the base: what each side put there
            Map<LocalDate, List<Item>> removedByBoth = new HashMap<>();
            for (Item item : baseItems) {
                if (item.date() != null && inOurs.getOrDefault(item.value(), 0) < inBase.get(item.value())
                        && inTheirs.getOrDefault(item.value(), 0) < inBase.get(item.value())) {
                    removedByBoth.computeIfAbsent(item.date(), d -> new ArrayList<>()).add(item);
                }
            }
            // decided on both sides' additions alike, so merging either way round agrees
            Map<LocalDate, Map<String, Integer>> addedByUs = addedByDay(ourItems, inBase, inOurs);
            Map<LocalDate, Map<String, Integer>> addedByThem = addedByDay(theirItems, inBase, inTheirs);
            Set<LocalDate> theirsRecorded = new HashSet<>();
            removedByBoth.forEach((day, removed) -> {
                Map<String, Integer> ourDay = addedByUs.get(day);
                Map<String, Integer> theirDay = addedByThem.get(day);
                if (theirDay != null && !theirDay.equals(ourDay)) {
                    theirsRecorded.add(day); // rewritten apart, or rewritten there and deleted here
                } else if (ourDay != null && theirDay == null) {
                    deletedThere.addAll(removed); // rewritten here, deleted there
                }
            });

            // the other side's new entries, each at its date
            Map<String, Integer> toAdd = new HashMap<>();
            for (String v : values) {
                int extra = wanted.get(v) - inOurs.getOrDefault(v, 0);
                if (extra > 0) {
                    toAdd.put(v, extra);
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (Item item : theirItems) {
                int n = seen.merge(item.value(), 1, Integer::sum);
                if (item.date() != null && theirsRecorded.contains(item.date())) {
                    // their additions on that day are recorded, not merged: the last ones of equal entries
                    if (n > inBase.getOrDefault(item.value(), 0)) {
                        conflicting.add(item);
                    }
                    continue;
                }
                // of several equal entries, add the last ones (the ones they added)
                if (n <= inTheirs.get(item.value()) - toAdd.getOrDefault(item.value(), 0)) {
                    continue;
                }
                result.add(insertionIndex(result, item.date()), item);
            }
            if (!conflicting.isEmpty() || !deletedThere.isEmpty()) {
                List<String> record = new ArrayList<>();
                record.add("  " + YamlText.scalar(of.key()) + ":" + nl);
                if (!deletedThere.isEmpty()) {
                    record.add("    # the other copy deleted these entries, which this copy changed:" + nl);
                    for (Item item : deletedThere) {
                        record.addAll(shift(item.text(), 0, 4));
                    }
                }
                if (!conflicting.isEmpty() && !deletedThere.isEmpty()) {
                    record.add("    # the other copy's version of entries this copy changed or deleted:" + nl);
                }
                for (Item item : conflicting) {
                    record.addAll(shift(item.text(), 0, 4));
                }
                conflicts.put(of.key(), record);
            }

            int dash = o.dash() >= 0 ? o.dash() : t != null && t.dash() >= 0 ? t.dash() : 2;
            List<String> lines = new ArrayList<>(o.head());
            if (!result.isEmpty()) {
                lines.set(0, EMPTY_VALUE.matcher(stripBreak(lines.get(0))).replaceFirst(":") + lineBreak(lines.get(0)));
                for (int i = 1; i < lines.size(); i++) {
                    lines.set(i, ""); // an empty value's continuation lines, if any
                }
            }
            Set<Item> own = Collections.newSetFromMap(new IdentityHashMap<>());
            own.addAll(o.items());
            for (Item item : result) {
                lines.addAll(own.contains(item) ? item.raw() : shift(item.text(), 0, dash));
            }
            return lines;
        }

        /** The one item of {@code items} with value {@code v}. */
        private static Item only(List<Item> items, String v) {
            return items.stream().filter(i -> i.value().equals(v)).findFirst().orElseThrow();
        }

        /**
         * The same event logged on both sides, with a note on one and none on the other (every
         * other field equal): both sides' lists take the entry with the note (and the comments of
         * the other), so the counts see one entry logged on both.
         */
        private void sameEvents(List<Item> ourItems, List<Item> theirItems, Map<String, Integer> inBase) {
            List<Integer> ourNew = added(ourItems, inBase);
            List<Integer> theirNew = added(theirItems, inBase);
            Set<Integer> pairedTheirs = new HashSet<>();
            for (int i : ourNew) {
                for (int j : theirNew) {
                    Item x = ourItems.get(i);
                    Item y = theirItems.get(j);
                    if (pairedTheirs.contains(j) || x.noted() == y.noted() || !x.sansNote().equals(y.sansNote())) {
                        continue;
                    }
                    Item noted = x.noted() ? x : y;
                    Item bare = x.noted() ? y : x;
                    Item one = noted.withComments(lostComments(noted.comments(), List.of(), bare.comments()), nl);
                    ourItems.set(i, one);
                    theirItems.set(j, one);
                    pairedTheirs.add(j);
                    break;
                }
            }
        }

        /** The positions of the entries a side has more of than the base (the last ones of equal entries). */
        private static List<Integer> added(List<Item> items, Map<String, Integer> inBase) {
            Map<String, Integer> seen = new HashMap<>();
            List<Integer> added = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (seen.merge(items.get(i).value(), 1, Integer::sum) > inBase.getOrDefault(items.get(i).value(), 0)) {
                    added.add(i);
                }
            }
            return added;
        }

        /**
         * This side's entry, or the other side's version of it when only they rewrote it (comments,
         * layout); when both rewrote it, this side's with the comments the other side added.
         */
        private Item rewritten(Item item, List<Item> baseItems, List<Item> theirItems,
                Map<String, Integer> inBase, Map<String, Integer> inOurs, Map<String, Integer> inTheirs) {
            String v = item.value();
            if (inBase.getOrDefault(v, 0) != 1 || inOurs.get(v) != 1 || inTheirs.getOrDefault(v, 0) != 1) {
                return item;
            }
            Item b = only(baseItems, v);
            Item t = only(theirItems, v);
            if (t.text().equals(b.text()) || t.text().equals(item.text())) {
                return item;
            }
            if (item.text().equals(b.text())) {
                return t;
            }
            return item.withComments(lostComments(item.comments(), b.comments(), t.comments()), nl);
        }

        /** Where a dated entry goes: after every entry on or before its date (at the end when undated). */
        private static int insertionIndex(List<Item> items, LocalDate date) {
            if (date == null) {
                return items.size();
            }
            int at = 0;
            for (int i = 0; i < items.size(); i++) {
                LocalDate d = items.get(i).date();
                if (d != null && !d.isAfter(date)) {
                    at = i + 1;
                }
            }
            return at;
        }

        private List<String> record() {
            List<String> lines = new ArrayList<>();
            lines.add(CONFLICT_KEY + ":" + nl);
            lines.add("  # followup: both copies changed these fields differently. The values above are this" + nl);
            lines.add("  # copy's; here are the other copy's. Keep the right value above, delete" + nl);
            lines.add("  # '" + CONFLICT_KEY + "', then run 'followup check'." + nl);
            for (List<String> l : conflicts.values()) {
                lines.addAll(l);
            }
            return lines;
        }
    }

    /**
     * How many copies of an entry the merge keeps, from the copies in the base and on each side:
     * one side's change wins over no change; changes in the same direction are the same change
     * (an entry both sides logged is kept once); opposite changes add up.
     */
    static int count(int base, int ours, int theirs) {
        int a = ours - base;
        int b = theirs - base;
        if (a == 0) {
            return theirs;
        }
        if (b == 0 || Integer.signum(a) == Integer.signum(b) && Math.abs(a) >= Math.abs(b)) {
            return ours;
        }
        if (Integer.signum(a) == Integer.signum(b)) {
            return theirs;
        }
        return Math.max(0, base + a + b);
    }

    private static Map<String, Integer> counts(List<Item> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (Item item : items) {
            counts.merge(item.value(), 1, Integer::sum);
        }
        return counts;
    }

    // ---- lines --------------------------------------------------------------------------------

    /** The lines of a text, each with its line break, split where YAML (and so SnakeYAML) splits them. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        int[] starts = YamlDocument.lineStarts(text);
        for (int i = 0; i < starts.length; i++) {
            lines.add(text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length()));
        }
        return lines;
    }

    private static int lineOf(List<String> lines, int offset) {
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            start += lines.get(i).length();
            if (offset < start) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private static int startOf(List<String> lines, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start += lines.get(i).length();
        }
        return start;
    }

    private static String lineBreak(String line) {
        return line.substring(stripBreak(line).length());
    }

    private static String stripBreak(String line) {
        int end = line.length();
        while (end > 0 && "\r\n\u0085\u2028\u2029".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * Moves lines from column {@code from} to column {@code to}: every line loses up to {@code from}
     * leading spaces and gains {@code to}; empty lines stay empty. A uniform shift keeps YAML's
     * meaning (block scalars included), since only relative indentation counts.
     */
    static List<String> shift(List<String> lines, int from, int to) {
        List<String> out = new ArrayList<>(lines.size());
        String pad = " ".repeat(to);
        for (String line : lines) {
            String content = stripBreak(line);
            if (content.isEmpty()) {
                out.add(line);
                continue;
            }
            int spaces = 0;
            while (spaces < from && spaces < content.length() && content.charAt(spaces) == ' ') {
                spaces++;
            }
            out.add(pad + line.substring(spaces));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Appends lines, giving the line before a break when it had none (a file's last line). */
    private static void append(StringBuilder out, List<String> lines, String newline) {
        for (String line : lines) {
            char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
            if ("\r\n\u0085\u2028\u2029\uFEFF".indexOf(last) < 0) {
                out.append(newline);
            }
            out.append(line);
        }
    }
}
