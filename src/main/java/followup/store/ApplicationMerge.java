package followup.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
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
    public static final String CONFLICT_KEY = "merge-conflict";

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
     * comment and blank lines above it, then the lines after the last field.
     */
    private record Layout(boolean bom, String newline, Map<String, Field> fields, List<String> tail) {

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
                    fields.put(e.key().value(), Field.of(e, lines.subList(next, keyLine),
                            lines.subList(keyLine, last + 1), doc, lines));
                    next = last + 1;
                }
            }
            return new Layout(bom, doc.newline(), fields, List.copyOf(lines.subList(next, lines.size())));
        }
    }

    /** A top-level field: the lines above it, its own lines, its value and, for a list, its entries. */
    private record Field(String key, List<String> leading, List<String> body, String value, int column,
            Entries list) {

        static Field of(YamlNode.Entry e, List<String> leading, List<String> body, YamlDocument doc,
                List<String> lines) throws NotMergeable {
            String key = e.key().value();
            Entries list = LISTS.contains(key) ? Entries.of(e, doc, lines) : null;
            return new Field(key, List.copyOf(leading), List.copyOf(body), canonical(e.value()),
                    e.key().start().column(), list);
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
     * A list field's entries: the key's line, then each item with the comment lines above it
     * (its lines as written, and moved to column 0 so sides with another indentation compare).
     */
    private record Entries(List<String> head, List<Item> items, int dash) {

        /** The entries of a block list, an empty one for an empty value, null for anything else. */
        static Entries of(YamlNode.Entry e, YamlDocument doc, List<String> lines) throws NotMergeable {
            int keyLine = e.key().start().line();
            YamlNode v = e.value();
            boolean empty = (v instanceof YamlNode.Scalar s && s.isNull())
                    || (v instanceof YamlNode.Sequence q && q.items().isEmpty());
            if (empty) {
                return new Entries(List.copyOf(lines.subList(keyLine, lastLine(e) + 1)), List.of(), -1);
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
                items.add(new Item(raw, shift(raw, column, 0), canonical(node), date(node)));
                next = last + 1;
            }
            return new Entries(List.copyOf(lines.subList(keyLine, keyLine + 1)), items, dash);
        }
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

    /** A list item: its lines as written and moved to column 0, its value and its date (or null). */
    private record Item(List<String> raw, List<String> text, String value, LocalDate date) {
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
        /** Conflicting key → the other side's lines to record (already indented under the record). */
        final Map<String, List<String>> conflicts = new LinkedHashMap<>();

        Merger(Layout base, Layout ours, Layout theirs) {
            this.base = base;
            this.ours = ours;
            this.theirs = theirs;
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
                if (b == null) {
                    merged.put(key, concat(t.leading(), t.body()));
                    order.add(insertionIndex(order, theirKeys.subList(i + 1, theirKeys.size())), key);
                } else if (!b.body().equals(t.body()) && !b.value().equals(t.value())) {
                    // this side deleted a field the other side changed
                    conflicts.put(key, shift(t.body(), t.column(), 2));
                }
            }
            String nl = ours.newline();
            StringBuilder out = new StringBuilder(ours.bom() ? BOM : "");
            for (String key : order) {
                append(out, merged.get(key), nl);
            }
            append(out, ours.tail().equals(base.tail()) ? theirs.tail() : ours.tail(), nl);
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

        /** The merged lines of a field this side has (empty when the other side's deletion wins). */
        private List<String> field(Field b, Field o, Field t) throws NotMergeable {
            List<String> leading = b != null && o.leading().equals(b.leading()) && t != null ? t.leading() : o.leading();
            if (o.list() != null && (b == null || b.list() != null) && (t == null || t.list() != null)) {
                return concat(leading, list(b, o, t));
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
                body = o.body(); // the other side changed only comments or layout: ours wins
            } else if (o.value().equals(valueB)) {
                body = bodyT; // we changed only comments or layout, they changed the value
            } else {
                conflicts.put(o.key(), t == null ? deleted(o.key()) : shift(t.body(), t.column(), 2));
                body = o.body();
            }
            return body == null ? List.of() : concat(leading, body);
        }

        /** The record line of a field the other side deleted while this side changed it. */
        private List<String> deleted(String key) {
            return List.of("  " + YamlText.scalar(key) + ": ~   # deleted in the other copy" + ours.newline());
        }

        /** A list field merged entry by entry; its lines without the leading comments. */
        private List<String> list(Field bf, Field of, Field tf) {
            Entries b = bf == null ? null : bf.list();
            Entries o = of.list();
            Entries t = tf == null ? null : tf.list();
            List<Item> baseItems = b == null ? List.of() : b.items();
            List<Item> theirItems = t == null ? List.of() : t.items();
            Map<String, Integer> inBase = counts(baseItems);
            Map<String, Integer> inOurs = counts(o.items());
            Map<String, Integer> inTheirs = counts(theirItems);
            Set<String> values = new LinkedHashSet<>(inOurs.keySet());
            values.addAll(inTheirs.keySet());
            Map<String, Integer> wanted = new HashMap<>();
            for (String v : values) {
                wanted.put(v, count(inBase.getOrDefault(v, 0), inOurs.getOrDefault(v, 0), inTheirs.getOrDefault(v, 0)));
            }

            // this side's entries, less the ones the other side removed, and rewritten where only they rewrote one
            List<Item> result = new ArrayList<>();
            Map<String, Integer> kept = new HashMap<>();
            for (Item item : o.items()) {
                int n = kept.merge(item.value(), 1, Integer::sum);
                if (n > wanted.get(item.value())) {
                    continue;
                }
                result.add(rewritten(item, baseItems, theirItems, inBase, inOurs, inTheirs));
            }

            // entries both sides rewrote differently on the same day are a conflict, not two entries
            Set<LocalDate> removedByBoth = new HashSet<>();
            for (Item item : baseItems) {
                if (inOurs.getOrDefault(item.value(), 0) < inBase.get(item.value())
                        && inTheirs.getOrDefault(item.value(), 0) < inBase.get(item.value())) {
                    removedByBoth.add(item.date());
                }
            }
            // a day both sides rewrote is a conflict when what each put there differs; decided on
            // both sides' additions alike, so merging either way round agrees
            Map<LocalDate, Map<String, Integer>> addedByUs = addedByDay(o.items(), inBase, inOurs);
            Map<LocalDate, Map<String, Integer>> addedByThem = addedByDay(theirItems, inBase, inTheirs);
            Set<LocalDate> rewrittenApart = new HashSet<>();
            for (LocalDate day : removedByBoth) {
                Map<String, Integer> ourDay = addedByUs.get(day);
                Map<String, Integer> theirDay = addedByThem.get(day);
                if (day != null && ourDay != null && theirDay != null && !ourDay.equals(theirDay)) {
                    rewrittenApart.add(day);
                }
            }

            // the other side's new entries, each at its date
            List<Item> conflicting = new ArrayList<>();
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
                if (item.date() != null && rewrittenApart.contains(item.date())) {
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
            if (!conflicting.isEmpty()) {
                List<String> record = new ArrayList<>();
                record.add("  " + YamlText.scalar(of.key()) + ":" + ours.newline());
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

        /** This side's entry, or the other side's version of it when only they rewrote it (comments, layout). */
        private static Item rewritten(Item item, List<Item> baseItems, List<Item> theirItems,
                Map<String, Integer> inBase, Map<String, Integer> inOurs, Map<String, Integer> inTheirs) {
            String v = item.value();
            if (inBase.getOrDefault(v, 0) != 1 || inOurs.get(v) != 1 || inTheirs.getOrDefault(v, 0) != 1) {
                return item;
            }
            Item b = baseItems.stream().filter(i -> i.value().equals(v)).findFirst().orElseThrow();
            Item t = theirItems.stream().filter(i -> i.value().equals(v)).findFirst().orElseThrow();
            return item.text().equals(b.text()) && !t.text().equals(b.text()) ? t : item;
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
            String nl = ours.newline();
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
