package followup.store;

import java.util.List;

/**
 * A YAML node with the positions it came from, built from SnakeYAML's events. Only what a
 * hand-written application file needs: mappings with text keys, sequences and scalars. The
 * positions let the store name a line in errors and edit the original text in place.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 0-based line and column in code points, as SnakeYAML counts them. */
    record Pos(int line, int column) {
    }

    Pos start();

    Pos end();

    /** The last line that holds this node's text (block scalars end at column 0 of the next). */
    int lastLine();

    /** A scalar: its text, and whether it was written plain (unquoted, not a block). */
    record Scalar(String value, boolean plain, boolean block, Pos start, Pos end) implements YamlNode {
        /** A plain empty, {@code ~} or {@code null} scalar: the key is present but has no value. */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null")
                    || value.equals("Null") || value.equals("NULL"));
        }

        @Override
        public int lastLine() {
            return end.column() == 0 && end.line() > start.line() ? end.line() - 1 : end.line();
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }

    record Mapping(List<Entry> entries, boolean flow, Pos start, Pos end) implements YamlNode {
        public Entry get(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public int lastLine() {
            if (flow || entries.isEmpty()) {
                return end.line();
            }
            Entry last = entries.get(entries.size() - 1);
            return Math.max(last.key().lastLine(), last.value().lastLine());
        }
    }

    record Sequence(List<YamlNode> items, boolean flow, Pos start, Pos end) implements YamlNode {
        @Override
        public int lastLine() {
            if (flow || items.isEmpty()) {
                return end.line();
            }
            return items.get(items.size() - 1).lastLine();
        }
    }
}
