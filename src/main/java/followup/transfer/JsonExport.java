package followup.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import followup.store.ApplicationTrees;
import followup.store.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code export --json}: every application as its file holds it — every key, the user's own
 * included, in the file's order, with the whole log — under {@code "applications"}, each with its
 * {@code "id"} first; values are the file's text (dates as "2026-11-02"), lists and objects.
 * {@code "errors"} names the files that could not be read, as in every JSON output.
 */
public final class JsonExport {

    private JsonExport() {
    }

    public static String write(List<ApplicationTrees.Tree> trees, List<Problem> problems) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("applications");
            for (ApplicationTrees.Tree t : trees) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                for (Map.Entry<String, Object> e : t.fields().entrySet()) {
                    g.writeFieldName(e.getKey());
                    value(g, e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("file", p.relative());
                g.writeNumberField("line", p.line());
                g.writeNumberField("column", p.column());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object item : l) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }
}
