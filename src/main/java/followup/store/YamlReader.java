package followup.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into a {@link YamlNode} tree from SnakeYAML's event parser, refusing
 * what a hand-kept data file has no use for and what could make it mean something else than it
 * says: anchors, aliases, tags, merge keys, duplicate keys, complex keys, several documents.
 *
 * <p>Only the parser runs, never a constructor, so nothing in the file can create objects; and
 * Jackson's data binding (half a second of cold start-up) is not needed at all.
 */
final class YamlReader {

    /** Known keys may be named in messages; anything else a user wrote is never echoed. */
    private static final Set<String> NAMEABLE = Set.of("company", "role", "status", "source", "url",
            "applied", "contacts", "name", "title", "email", "phone", "linkedin", "interviews", "date",
            "time", "with", "kind", "decision-by", "anchor", "notes", "log", "event", "note", "message-id", "action", "until", "me",
            "work-days", "playbook", "address", "deadline", "link");

    private YamlReader() {
    }

    /** Parses {@code text} (no byte-order mark) into its root node; null for an empty document. */
    static YamlNode parse(String text) throws YamlSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(100);
        Parser parser = new ParserImpl(new StreamReader(text), options);
        try {
            next(parser); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            next(parser); // document start
            YamlNode root = node(parser, 0);
            next(parser); // document end
            Event after = next(parser);
            if (after.getEventId() != Event.ID.StreamEnd) {
                throw at(after.getStartMark(), "only one YAML document is allowed in a file");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlSyntaxException(m == null ? 0 : m.getLine(), m == null ? 0 : m.getColumn(),
                    describe(e.getProblem()));
        } catch (ReaderException e) {
            throw position(text, e.getPosition(), "contains a character that is not allowed in YAML ("
                    + String.format("U+%04X", e.getCodePoint()) + ")");
        } catch (YAMLException e) {
            throw new YamlSyntaxException(0, 0, "cannot be read as YAML");
        }
    }

    private static Event next(Parser parser) {
        return parser.getEvent();
    }

    private static YamlNode node(Parser parser, int depth) throws YamlSyntaxException {
        Event event = next(parser);
        if (event instanceof AliasEvent) {
            throw at(event.getStartMark(), "aliases (*name) are not allowed; write the value out");
        }
        if (event instanceof NodeEvent n && n.getAnchor() != null) {
            throw at(event.getStartMark(), "anchors (&name) are not allowed; write the value out");
        }
        if (event instanceof ScalarEvent s) {
            if (s.getTag() != null) {
                throw at(event.getStartMark(), "tags (!name) are not allowed; write a plain value");
            }
            return new YamlNode.Scalar(s.getValue(), s.isPlain(), s.isLiteral() || s.isFolded(),
                    pos(s.getStartMark()), pos(s.getEndMark()));
        }
        if (event instanceof CollectionStartEvent c && c.getTag() != null) {
            throw at(event.getStartMark(), "tags (!name) are not allowed; write a plain value");
        }
        if (depth > 50) {
            throw at(event.getStartMark(), "nested too deeply");
        }
        if (event instanceof SequenceStartEvent s) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(parser, depth + 1));
            }
            Event end = next(parser);
            return new YamlNode.Sequence(items, s.isFlow(), pos(s.getStartMark()), pos(end.getEndMark()));
        }
        if (event instanceof MappingStartEvent m) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, YamlNode.Scalar> seen = new HashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode key = node(parser, depth + 1);
                if (!(key instanceof YamlNode.Scalar k)) {
                    throw new YamlSyntaxException(key, "a key must be plain text, not a list or mapping");
                }
                if (k.plain() && k.value().equals("<<")) {
                    throw new YamlSyntaxException(k, "merge keys (<<) are not allowed; write the keys out");
                }
                YamlNode.Scalar first = seen.putIfAbsent(k.value(), k);
                if (first != null) {
                    throw new YamlSyntaxException(k, "duplicate key" + keyName(k.value())
                            + " (first at line " + (first.start().line() + 1) + ")");
                }
                entries.add(new YamlNode.Entry(k, node(parser, depth + 1)));
            }
            Event end = next(parser);
            return new YamlNode.Mapping(entries, m.isFlow(), pos(m.getStartMark()), pos(end.getEndMark()));
        }
        throw at(event.getStartMark(), "unexpected YAML structure");
    }

    /** ' company' for a key the tool knows, nothing for a user's own key. */
    static String keyName(String key) {
        return NAMEABLE.contains(key) ? " '" + key + "'" : "";
    }

    private static YamlNode.Pos pos(Mark mark) {
        return new YamlNode.Pos(mark.getLine(), mark.getColumn());
    }

    private static YamlSyntaxException at(Mark mark, String message) {
        return new YamlSyntaxException(mark.getLine(), mark.getColumn(), message);
    }

    /** SnakeYAML's problem texts can quote the input; translate the common ones, drop the rest. */
    private static String describe(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("\\t") || p.contains("tab")) {
            return "a tab character is not allowed here; indent with spaces";
        }
        if (p.contains("mapping values are not allowed")) {
            return "a ':' that starts a value is not allowed here; quote the text or fix the indentation";
        }
        if (p.contains("expected <block end>") || p.contains("expected ',' or")) {
            return "the indentation or structure is wrong here";
        }
        if (p.contains("could not find expected ':'")) {
            return "a key is missing its ':'";
        }
        if (p.contains("found unexpected end of stream")) {
            return "the file ends inside a quoted value";
        }
        if (p.contains("undefined alias") || p.contains("alias")) {
            return "aliases (*name) are not allowed; write the value out";
        }
        if (p.contains("found duplicate key")) {
            return "duplicate key";
        }
        if (p.contains("escape")) {
            return "an invalid escape sequence in a double-quoted value";
        }
        if (p.contains("Nesting Depth")) {
            return "nested too deeply";
        }
        return "invalid YAML syntax here";
    }

    /** Turns a code-point offset into a line and column the way SnakeYAML counts them. */
    private static YamlSyntaxException position(String text, int codePointOffset, String message) {
        int line = 0;
        int column = 0;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < codePointOffset; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                line++;
                column = 0;
            } else if (c != '\r') {
                column++;
            }
        }
        return new YamlSyntaxException(line, column, message);
    }
}
