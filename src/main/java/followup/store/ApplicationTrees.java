package followup.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Application files as plain trees — maps (in the file's key order), lists, strings and nulls —
 * every key kept, the user's own included: what {@code export --json} writes, and what
 * {@code import} of that export turns back into files. A scalar is its text as written (never
 * retyped), so a file read as a tree and written again reads back as the same tree. YAML comments
 * are not part of a tree.
 */
public final class ApplicationTrees {

    /** Dates go plain ({@code applied: 2026-11-02}), as {@code add} writes them. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A posting's address plain, as the SPEC shows it: no space, so never {@code ": "} or {@code " #"}. */
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9._~/?#@!$&'()*+,;=%:\\[\\]-]+");

    private ApplicationTrees() {
    }

    /** One application file as a tree; {@code id} is its file name. */
    public record Tree(String id, Map<String, Object> fields) {
    }

    /** The files that could be read as trees, and a problem for each that could not. */
    public record Loaded(List<Tree> trees, List<Problem> problems) {
    }

    /**
     * Every application file of {@code store} as a tree, sorted by id. A file the store would
     * refuse to read (invalid, too large, a merge conflict) is a problem, not a tree.
     */
    public static Loaded loadAll(Store store) throws IOException {
        List<Tree> trees = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : store.ids()) {
            Path file = store.file(id);
            String relative = "applications/" + id + ".yaml";
            try {
                byte[] bytes = FileText.readBytes(file, relative);
                YamlDocument doc = YamlDocument.parse(FileText.decode(bytes, file.toString(), relative));
                ApplicationCodec.read(id, doc.root()); // only what the store reads is exported
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) tree(doc.root());
                trees.add(new Tree(id, fields));
            } catch (YamlSyntaxException e) {
                problems.add(new Problem(file.toString(), relative, e.line + 1, e.column + 1, e.getMessage()));
            } catch (InvalidFileException e) {
                problems.add(e.problem());
            }
        }
        return new Loaded(trees, problems);
    }

    /** A node as a plain value: a mapping as a map in key order, a sequence as a list, a scalar as its text or null. */
    static Object tree(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? null : s.value();
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> items = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                items.add(tree(item));
            }
            return items;
        }
        YamlNode.Mapping map = (YamlNode.Mapping) node;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (YamlNode.Entry e : map.entries()) {
            fields.put(e.key().value(), tree(e.value()));
        }
        return fields;
    }

    /** Why a tree cannot be an application file (the message never quotes a value). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The text of an application file holding exactly {@code fields}: read back, it is the same
     * tree, and the store reads it as application {@code id}. Values are maps, lists, strings and
     * nulls only.
     *
     * @throws Refused when the store would refuse the file (a missing company, an invalid date,
     *     over 1 MiB), with the store's message
     */
    public static String render(String id, Map<String, Object> fields) throws Refused {
        String text = emit(fields, true);
        if (!readsBack(text, fields)) {
            text = emit(fields, false); // every scalar double-quoted: nothing left to interpretation
            if (!readsBack(text, fields)) {
                throw new Refused("cannot be written as YAML that reads back the same");
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > FileText.MAX_SIZE) {
            throw new Refused("would make a file larger than 1 MiB");
        }
        try {
            ApplicationCodec.read(id, YamlDocument.parse(text).root());
        } catch (YamlSyntaxException e) {
            throw new Refused(e.getMessage());
        }
        return text;
    }

    private static boolean readsBack(String text, Map<String, Object> fields) {
        try {
            YamlNode root = YamlReader.parse(text);
            return root != null && same(tree(root), fields);
        } catch (YamlSyntaxException e) {
            return false;
        }
    }

    /** Equal, keys in the same order. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> n) {
            if (m.size() != n.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> i = m.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> j = n.entrySet().iterator();
            while (i.hasNext()) {
                Map.Entry<?, ?> x = i.next();
                Map.Entry<?, ?> y = j.next();
                if (!x.getKey().equals(y.getKey()) || !same(x.getValue(), y.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> l && b instanceof List<?> k) {
            if (l.size() != k.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!same(l.get(i), k.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    // ---- writing ------------------------------------------------------------------------------

    private static String emit(Map<String, Object> fields, boolean pretty) {
        StringBuilder sb = new StringBuilder();
        if (fields.isEmpty()) {
            return "{}\n";
        }
        mapping(sb, fields, 0, false, pretty);
        return sb.toString();
    }

    /** The entries of a map, each at {@code indent}; the first on the current line when {@code inline} (after "- "). */
    private static void mapping(StringBuilder sb, Map<?, ?> map, int indent, boolean inline, boolean pretty) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(first && inline)) {
                sb.append(" ".repeat(indent));
            }
            first = false;
            sb.append(pretty ? YamlText.scalar(String.valueOf(e.getKey())) : YamlText.quoted(String.valueOf(e.getKey())));
            sb.append(':');
            value(sb, e.getValue(), indent, pretty);
        }
    }

    /** A value after "key:" or "-" on the current line; nested blocks go below, two spaces further in. */
    private static void value(StringBuilder sb, Object v, int indent, boolean pretty) {
        if (v == null) {
            sb.append(" null\n");
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append(" {}\n");
            } else {
                sb.append('\n');
                mapping(sb, m, indent + 2, false, pretty);
            }
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append(" []\n");
            } else {
                sb.append('\n');
                sequence(sb, l, indent + 2, pretty);
            }
        } else {
            scalar(sb, v.toString(), indent, pretty);
        }
    }

    private static void sequence(StringBuilder sb, List<?> list, int indent, boolean pretty) {
        for (Object item : list) {
            sb.append(" ".repeat(indent)).append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                sb.append(' ');
                mapping(sb, m, indent + 2, true, pretty);
            } else {
                value(sb, item, indent, pretty);
            }
        }
    }

    private static void scalar(StringBuilder sb, String s, int indent, boolean pretty) {
        if (!pretty) {
            sb.append(' ').append(YamlText.quoted(s)).append('\n');
        } else if (DATE.matcher(s).matches() || URL.matcher(s).matches() && !s.endsWith(":")) {
            sb.append(' ').append(s).append('\n');
        } else if (literal(s)) {
            // several lines (notes) as a literal block, the way a person writes them
            int trailing = 0;
            while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
                trailing++;
            }
            sb.append(trailing == 0 ? " |-" : trailing == 1 ? " |" : " |+").append('\n');
            String body = s.substring(0, s.length() - trailing);
            String pad = " ".repeat(indent + 2);
            for (String line : body.split("\n", -1)) {
                sb.append(line.isEmpty() ? "" : pad + line).append('\n');
            }
            for (int i = 1; i < trailing; i++) {
                sb.append('\n');
            }
        } else {
            sb.append(' ').append(YamlText.scalar(s)).append('\n');
        }
    }

    /** Text a literal block keeps as it is: several lines, nothing to escape, no line of spaces alone. */
    private static boolean literal(String s) {
        if (s.indexOf('\n') < 0 || s.isBlank()) {
            return false;
        }
        for (String line : s.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
        }
        if (s.charAt(0) == ' ') {
            return false; // the first line sets the block's indentation
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || c == 0xFFFE || c == 0xFFFF)) {
                return false;
            }
        }
        return !s.startsWith("\n");
    }
}
