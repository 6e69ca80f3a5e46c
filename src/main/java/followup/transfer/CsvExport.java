package followup.transfer;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import followup.model.Application;
import followup.model.Contact;
import followup.schedule.Action;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code export --csv}: one row per application for a spreadsheet, RFC 4180 (CRLF line ends,
 * quoted where a value holds a comma, a quote or a line break), written with Jackson's CSV
 * generator. The column names are {@code import}'s too, so an export imports back.
 *
 * <p>A value that starts with {@code = + - @} is written with a {@code '} before it, as the
 * usual guard against spreadsheet formulas: a job title comes from an employer, and a spreadsheet
 * would otherwise run {@code =HYPERLINK(...)} as a formula. {@code import} takes the mark off.
 */
public final class CsvExport {

    public static final List<String> COLUMNS = List.of("id", "company", "role", "status", "source", "applied",
            "first_interview", "last_interview", "decision_by", "next_action", "next_action_due", "contact_name",
            "contact_email", "url");

    /** What a spreadsheet reads as the start of a formula (and tab and carriage return, which some strip first). */
    static final String FORMULA = "=+-@\t\r";

    private CsvExport() {
    }

    /**
     * The row of one application.
     *
     * @param next its next action as {@code today} schedules it (the first one due), or null
     */
    public static List<String> row(Application a, Action next) {
        List<String> row = new ArrayList<>();
        row.add(a.id());
        row.add(a.company());
        row.add(a.role());
        row.add(a.status().id());
        row.add(a.source());
        row.add(text(a.applied()));
        row.add(a.interviews().isEmpty() ? null : text(a.interviews().get(0).date()));
        row.add(a.interviews().isEmpty() ? null : text(a.interviews().get(a.interviews().size() - 1).date()));
        row.add(text(a.decisionBy()));
        row.add(next == null ? null : next.type().id());
        row.add(next == null ? null : text(next.due()));
        Contact first = a.contacts().isEmpty() ? null : a.contacts().get(0);
        row.add(first == null ? null : first.name());
        row.add(first == null ? null : first.email());
        row.add(a.url());
        return row;
    }

    /** The whole file: the header, then the rows. */
    public static String write(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n").withoutEscapeChar();
        try (CsvGenerator g = new CsvFactory().createGenerator(out)) {
            g.setSchema(schema);
            // Jackson's default check quotes a value with any character below ',' (space, line
            // breaks, quotes): more quotes than RFC 4180 needs, never fewer (its strict check
            // leaves a lone LF unquoted when the line separator is CRLF)
            line(g, COLUMNS);
            for (List<String> row : rows) {
                line(g, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void line(CsvGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(guard(v == null ? "" : v));
        }
        g.writeEndArray();
    }

    static String guard(String v) {
        return !v.isEmpty() && FORMULA.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
