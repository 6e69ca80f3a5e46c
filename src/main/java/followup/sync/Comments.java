package followup.sync;

import followup.store.YamlDocument;
import followup.store.YamlNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Comments in a merge: where they are in a side's lines, and which ones a merge must carry over
 * so neither side's comment is dropped with the lines it stood in.
 */
final class Comments {

    private Comments() {
    }

    /**
     * The comment on each line ({@code # ...} as written, stripped), or null: a {@code #} outside
     * every scalar (key or value, quoted, plain or block) that starts a line or follows a blank,
     * as YAML reads it.
     */
    static String[] comments(YamlDocument doc, List<String> lines) {
        String text = doc.text();
        boolean[] inScalar = new boolean[text.length() + 1];
        markScalars(doc, doc.root(), inScalar);
        String[] comments = new String[lines.size()];
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = Lines.stripBreak(lines.get(i));
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
    static List<String> commentsIn(String[] comments, int from, int to) {
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
    static List<String> lostComments(Collection<String> kept, Collection<String> base, List<String>... sides) {
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

    /** Comments as lines of their own at {@code column}. */
    static List<String> asLines(List<String> comments, int column, String nl) {
        List<String> lines = new ArrayList<>();
        for (String c : comments) {
            lines.add(" ".repeat(column) + c + nl);
        }
        return lines;
    }
}
