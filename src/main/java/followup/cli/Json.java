package followup.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.schedule.History;
import followup.store.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON output for scripts, written with Jackson's streaming generator (no data binding, so no
 * reflection and no start-up cost). Keys are snake_case and stable; absent values are null.
 */
final class Json {

    private Json() {
    }

    static JsonGenerator open(PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    static void close(JsonGenerator g, PrintWriter out) throws IOException {
        g.close();
        out.println();
    }

    static void date(JsonGenerator g, String key, LocalDate d) throws IOException {
        if (d == null) {
            g.writeNullField(key);
        } else {
            g.writeStringField(key, d.toString());
        }
    }

    /** The fields of an application as its file holds them (without the surrounding braces). */
    static void fields(JsonGenerator g, Application a) throws IOException {
        fields(g, a, a.status().id(), a.decisionBy());
    }

    /**
     * The fields of an application as it stood on the as-of date: its status and decision date
     * replayed from the entries up to then (SPEC §6), as {@code list} and {@code show} give them.
     */
    static void fields(JsonGenerator g, History h) throws IOException {
        fields(g, h.app, h.status.id(), h.decisionBy());
    }

    private static void fields(JsonGenerator g, Application a, String status, LocalDate decisionBy) throws IOException {
        g.writeStringField("id", a.id());
        g.writeStringField("company", a.company());
        g.writeStringField("role", a.role());
        g.writeStringField("status", status);
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        date(g, "applied", a.applied());
        date(g, "decision_by", decisionBy);
        g.writeStringField("anchor", a.anchor());
    }

    /** Everything about an application as its file holds it (every entry, the file's status). */
    static void full(JsonGenerator g, Application a) throws IOException {
        fields(g, a);
        rest(g, a, a.log());
    }

    /** Everything about an application as it stood on the as-of date, as {@code show --json} gives it. */
    static void full(JsonGenerator g, History h) throws IOException {
        fields(g, h);
        rest(g, h.app, h.log);
    }

    private static void rest(JsonGenerator g, Application a, List<LogEntry> log) throws IOException {
        g.writeStringField("notes", a.notes());
        g.writeArrayFieldStart("contacts");
        for (Contact c : a.contacts()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("title", c.title());
            g.writeStringField("email", c.email());
            g.writeStringField("phone", c.phone());
            g.writeStringField("linkedin", c.linkedin());
            g.writeStringField("anchor", c.anchor());
            g.writeStringField("address", c.address());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("interviews");
        for (Interview i : a.interviews()) {
            g.writeStartObject();
            date(g, "date", i.date());
            g.writeStringField("time", i.time() == null ? null : i.time().toString());
            strings(g, "with", i.with());
            g.writeStringField("kind", i.kind());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("log");
        for (LogEntry e : log) {
            g.writeStartObject();
            date(g, "date", e.date());
            g.writeStringField("event", e.event().id());
            g.writeStringField("note", e.note());
            if (e.with() != null) {
                g.writeStringField("with", e.with());
            }
            if (e.decisionBy() != null) {
                date(g, "decision_by", e.decisionBy());
            }
            if (e.deadline() != null) {
                date(g, "deadline", e.deadline());
            }
            if (e.link() != null) {
                g.writeStringField("link", e.link());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void errors(JsonGenerator g, List<Problem> problems) throws IOException {
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
    }
}
