package followup.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML text together with its parsed tree, edited as text: a change replaces or inserts only
 * the characters it must, so the user's comments, key order, quoting and unknown keys stay
 * exactly as they were. Every edit re-parses the result, so an edit can never produce YAML that
 * does not read back.
 */
public final class YamlDocument {

    private static final String BOM = "\uFEFF";

    private final String text;      // without byte-order mark
    private final boolean bom;
    private final YamlNode root;
    private final int[] lineStarts;

    private YamlDocument(String text, boolean bom, YamlNode root) {
        this.text = text;
        this.bom = bom;
        this.root = root;
        this.lineStarts = lineStarts(text);
    }

    public static YamlDocument parse(String raw) throws YamlSyntaxException {
        boolean bom = raw.startsWith(BOM);
        String text = bom ? raw.substring(1) : raw;
        int marker = conflictMarkerLine(text);
        if (marker >= 0) {
            // say what it is before YAML parsing would call it a syntax error
            throw new YamlSyntaxException(marker, 0,
                    "unresolved merge conflict; edit the file and keep one side, then 'followup check'");
        }
        return new YamlDocument(text, bom, YamlReader.parse(text));
    }

    /**
     * The 0-based line of the first conflict marker git's line merge leaves ({@code <<<<<<<},
     * {@code |||||||}, {@code =======}, {@code >>>>>>>} at the start of a line), or -1. Such a line
     * is never valid YAML in a file of key: value lines, so this cannot misread a good file.
     */
    static int conflictMarkerLine(String text) {
        int first = -1;
        for (String marker : new String[] {"<<<<<<<", "|||||||", "=======", ">>>>>>>"}) {
            for (int at = text.indexOf(marker); at >= 0 && (first < 0 || at < first); at = text.indexOf(marker, at + 1)) {
                boolean lineStart = at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r';
                int after = at + marker.length();
                char next = after < text.length() ? text.charAt(after) : '\n';
                boolean ends = next == ' ' || next == '\t' || next == '\n' || next == '\r';
                if (lineStart && ends) {
                    first = at;
                    break;
                }
            }
        }
        if (first < 0) {
            return -1;
        }
        int line = 0;
        for (int i = 0; i < first; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The full text as it goes to disk. */
    public String text() {
        return bom ? BOM + text : text;
    }

    /** The root node: null for an empty file. */
    public YamlNode root() {
        return root;
    }

    /** The line break this file uses most: new lines match it. */
    public String newline() {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /**
     * Sets a top-level key to a scalar. {@code yamlValue} must already be valid YAML scalar text
     * (see {@link YamlText}). An existing value is replaced in place; a missing key is added
     * before the first of the {@code before} keys that exists, else at the end.
     */
    YamlDocument setScalar(String key, String yamlValue, String... before) throws YamlSyntaxException {
        YamlNode.Mapping map = rootMapping();
        YamlNode.Entry entry = map.get(key);
        if (entry == null) {
            return insertLines(insertionLine(map, before), List.of(key + ": " + yamlValue));
        }
        if (!(entry.value() instanceof YamlNode.Scalar value) || value.block()) {
            throw new YamlSyntaxException(entry.value(), "'" + key + "' must be a single value");
        }
        int from = afterColon(entry.key());
        int to = value.isNull() && value.value().isEmpty() ? from : offset(value.end());
        return replace(from, to, " " + yamlValue);
    }

    /**
     * Inserts a block-mapping item into the top-level sequence {@code key} at {@code index}
     * (0 = first; the size appends). {@code itemLines} are the item's lines without indentation.
     * The key is created (before the first {@code before} key that exists, else at the end) when
     * missing or empty.
     */
    YamlDocument insertItem(String key, int index, List<String> itemLines, String... before)
            throws YamlSyntaxException {
        YamlNode.Mapping map = rootMapping();
        YamlNode.Entry entry = map.get(key);
        if (entry == null) {
            List<String> lines = new ArrayList<>();
            lines.add(key + ":");
            lines.addAll(indent(itemLines, "  - ", "    "));
            return insertLines(insertionLine(map, before), lines);
        }
        YamlNode value = entry.value();
        boolean empty = (value instanceof YamlNode.Scalar s && s.isNull())
                || (value instanceof YamlNode.Sequence q && q.items().isEmpty());
        if (empty) {
            int from = afterColon(entry.key());
            int to = value instanceof YamlNode.Scalar s && s.value().isEmpty() ? from : offset(value.end());
            YamlDocument cleared = replace(from, to, "");
            return cleared.insertLines(entry.key().start().line() + 1, indent(itemLines, "  - ", "    "));
        }
        if (!(value instanceof YamlNode.Sequence seq)) {
            throw new YamlSyntaxException(value, "'" + key + "' must be a list");
        }
        if (seq.flow()) {
            throw new YamlSyntaxException(value, "'" + key
                    + "' is written as a [flow] list; write it as a block list (one '- ' item a line) to add to it");
        }
        YamlNode first = seq.items().get(0);
        int dashLine = first.start().line();
        int dash = dashColumn(first);
        String dashIndent = " ".repeat(dash);
        String bodyIndent = " ".repeat(first.start().column() > dash ? first.start().column() : dash + 2);
        List<String> lines = indent(itemLines, dashIndent + "-" + " ".repeat(bodyIndent.length() - dash - 1),
                bodyIndent);
        int line = index < seq.items().size()
                ? itemStartLine(seq.items().get(index), index == 0 ? dashLine : -1)
                : seq.lastLine() + 1;
        return insertLines(line, lines);
    }

    /**
     * Sets {@code key} of the block-mapping item {@code index} of the top-level sequence
     * {@code listKey} to {@code yamlValue} (valid YAML text for a scalar or a flow list). An
     * existing value is replaced in place; a missing key is added as the item's last line. The
     * item's other keys, and its comments, stay as they were.
     */
    YamlDocument setItemValue(String listKey, int index, String key, String yamlValue) throws YamlSyntaxException {
        YamlNode.Entry list = rootMapping().get(listKey);
        if (list == null || !(list.value() instanceof YamlNode.Sequence seq) || index >= seq.items().size()
                || !(seq.items().get(index) instanceof YamlNode.Mapping item) || item.flow() || item.entries().isEmpty()) {
            throw new YamlSyntaxException(list == null ? root : list.value(), "'" + listKey + "' must be a list of mappings");
        }
        YamlNode.Entry entry = item.get(key);
        if (entry == null) {
            String indent = " ".repeat(item.entries().get(0).key().start().column());
            return insertLines(item.lastLine() + 1, List.of(indent + key + ": " + yamlValue));
        }
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Scalar s && s.block()) {
            throw new YamlSyntaxException(value, "'" + key + "' must be a single value");
        }
        int from = afterColon(entry.key());
        int to;
        if (value instanceof YamlNode.Scalar s && s.isNull() && s.value().isEmpty()) {
            to = from;
        } else if (value instanceof YamlNode.Sequence q && !q.flow() && !q.items().isEmpty()) {
            // a block list: up to the end of its last item, so the line break after it stays
            to = offset(q.items().get(q.items().size() - 1).end());
        } else {
            to = offset(value.end());
        }
        return replace(from, to, " " + yamlValue);
    }

    private YamlNode.Mapping rootMapping() throws YamlSyntaxException {
        if (root instanceof YamlNode.Mapping m && !m.flow()) {
            return m;
        }
        throw new YamlSyntaxException(0, 0, "the file must be a block mapping of keys to values");
    }

    private static List<String> indent(List<String> lines, String firstPrefix, String restPrefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? firstPrefix : restPrefix) + lines.get(i));
        }
        return out;
    }

    /** The line where a new top-level key goes: at the first present {@code before} key's line, else after the last. */
    private int insertionLine(YamlNode.Mapping map, String... before) {
        for (String key : before) {
            YamlNode.Entry next = map.get(key);
            if (next != null) {
                return next.key().start().line();
            }
        }
        return map.lastLine() + 1;
    }

    /** The column of the '-' that introduces a block sequence item. */
    private int dashColumn(YamlNode item) {
        int at = offset(item.start()) - 1;
        while (at >= 0 && text.charAt(at) != '-') {
            at--;
        }
        return Math.max(0, at - lineStartOf(at));
    }

    /** The line of the '-' of an item (the dash may stand alone on the line above its content). */
    private int itemStartLine(YamlNode item, int known) {
        if (known >= 0) {
            return known;
        }
        int at = offset(item.start()) - 1;
        while (at >= 0 && text.charAt(at) != '-') {
            at--;
        }
        return lineOf(Math.max(at, 0));
    }

    private int afterColon(YamlNode.Scalar key) {
        int at = offset(key.end());
        while (at < text.length() && text.charAt(at) != ':') {
            at++;
        }
        return Math.min(at + 1, text.length());
    }

    private YamlDocument insertLines(int line, List<String> lines) throws YamlSyntaxException {
        String nl = newline();
        StringBuilder block = new StringBuilder();
        for (String l : lines) {
            block.append(l).append(nl);
        }
        int at;
        String prefix = "";
        if (line >= lineStarts.length) {
            at = text.length();
            if (!text.isEmpty() && !endsWithBreak(text)) {
                prefix = nl;
            }
        } else {
            at = lineStarts[line];
        }
        return replace(at, at, prefix + block);
    }

    private static boolean endsWithBreak(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private YamlDocument replace(int from, int to, String with) throws YamlSyntaxException {
        String changed = text.substring(0, from) + with + text.substring(to);
        return new YamlDocument(changed, bom, YamlReader.parse(changed));
    }

    /** The char offset of a position (SnakeYAML counts columns in code points). */
    public int offset(YamlNode.Pos pos) {
        if (pos.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[pos.line()];
        try {
            return text.offsetByCodePoints(start, pos.column());
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private int lineStartOf(int offset) {
        return lineStarts[lineOf(offset)];
    }

    /** Where each line starts, breaking lines where YAML 1.1 (and so SnakeYAML) does. */
    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (i + 1 <= text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        // a text ending in a break has no further line to insert into: treat its end as the end
        if (starts.get(starts.size() - 1) == text.length() && starts.size() > 1) {
            starts.remove(starts.size() - 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
