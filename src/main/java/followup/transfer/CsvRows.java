package followup.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks;
 * CRLF or LF line ends), read with Jackson's streaming CSV parser, each with the line of the file
 * it starts on. Blank records (an empty line, or only commas) are left out.
 */
public final class CsvRows {

    /** One record: the physical line (1-based) it starts on, and its values as written. */
    public record Row(int line, List<String> cells) {
    }

    /**
     * The records read, and where reading stopped when the text is not valid CSV from some point
     * on (a quoted value never closed): that line, and why; null when all was read.
     */
    public record Table(List<Row> rows, Row brokenAt, String broken) {
    }

    private CsvRows() {
    }

    public static Table read(String text) {
        List<Row> rows = new ArrayList<>();
        CsvFactory factory = new CsvFactory();
        int line = 1; // where the record being read starts, as far as known
        try (CsvParser p = factory.createParser(new StringReader(text))) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<String> cells = null;
            int start = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    start = 0;
                } else if (t == JsonToken.VALUE_STRING && cells != null) {
                    if (cells.isEmpty()) {
                        start = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                    line = start;
                } else if (t == JsonToken.END_ARRAY && cells != null) {
                    if (!blank(cells)) {
                        rows.add(new Row(start, List.copyOf(cells)));
                    }
                    cells = null;
                    line = p.currentLocation().getLineNr() + 1;
                }
            }
        } catch (JsonProcessingException e) {
            int at = line;
            // Jackson's own message quotes the text; ours names the problem only
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().contains("closing quote")
                    ? "a quoted value is never closed (a missing \"); the rest of the file was not read"
                    : "is not valid CSV from here on (a stray \" in a value?); the rest of the file was not read";
            return new Table(rows, new Row(at, List.of()), why);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new Table(rows, null, null);
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
