package followup.transfer;

import followup.UserException;
import followup.model.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files of one {@code followup import}, read into records: each file's encoding and kind
 * found (or as {@code --format} says), {@code --map} checked against the headers. Works on the
 * files' bytes; reading them is the command's.
 */
public final class Importer {

    /** What {@code --format} names. */
    public enum Format {
        LINKEDIN, CSV, JSON;

        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw UserException.usage("--format: unknown format '" + text + "'; formats: linkedin, csv, json");
        }
    }

    /** One file: the name the user gave and its bytes. */
    public record Source(String name, byte[] bytes) {
    }

    /** The records of all files, in order, and notes for stderr (an encoding, columns left out). */
    public record Read(List<Incoming> rows, List<String> notes) {
    }

    private Importer() {
    }

    /**
     * {@code --map "COLUMN=FIELD"} values: column names (compared as {@link Field#normal}) to
     * fields, and to the names as given (for messages).
     */
    public record Maps(Map<String, Field> fields, Map<String, String> given) {
        public static final Maps NONE = new Maps(Map.of(), Map.of());
    }

    /** Reads {@code --map} values; a malformed one is a usage error naming the flag. */
    public static Maps maps(List<String> maps) {
        Map<String, Field> out = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (String m : maps) {
            int eq = m.lastIndexOf('=');
            if (eq < 0) {
                throw UserException.usage("--map: expected COLUMN=FIELD, like --map \"Date Applied=applied\"");
            }
            String column = Field.normal(m.substring(0, eq));
            if (column.isEmpty()) {
                throw UserException.usage("--map: the column name before '=' is missing");
            }
            Field field = Field.byId(m.substring(eq + 1)).orElseThrow(() -> UserException.usage(
                    "--map: unknown field '" + m.substring(eq + 1).strip() + "'; fields: " + Field.ids()));
            if (out.put(column, field) != null) {
                throw UserException.usage("--map: the column '" + m.substring(0, eq).strip() + "' is mapped twice");
            }
            given.put(column, m.substring(0, eq).strip());
        }
        return new Maps(out, given);
    }

    /**
     * @param format {@code --format}, or null to tell each file's kind by its content
     * @throws UserException (data) when a file cannot be read as text or its kind is not what --format says
     */
    public static Read read(List<Source> sources, Format format, Maps maps, Config.Me me) {
        if (format == Format.JSON && !maps.fields().isEmpty()) {
            throw UserException.usage("--map applies to CSV files, not to --format json");
        }
        List<Incoming> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        boolean csv = false;
        for (Source source : sources) {
            TextDecoding.Decoded text;
            try {
                text = TextDecoding.decode(source.bytes());
            } catch (TextDecoding.Unreadable e) {
                throw UserException.data(source.name() + ": " + e.getMessage());
            }
            if (!text.utf8()) {
                notes.add(source.name() + " is not UTF-8: read as " + text.encoding());
            }
            boolean json = format == Format.JSON || format == null && JsonImport.looksLikeJson(text.text());
            if (json) {
                rows.addAll(JsonImport.read(source.name(), text.text()));
                continue;
            }
            CsvRows.Table table = CsvRows.read(text.text());
            CsvImport.Kind kind = table.rows().isEmpty() ? CsvImport.Kind.CSV : CsvImport.detect(table.rows().get(0).cells());
            if (format == Format.LINKEDIN && kind != CsvImport.Kind.LINKEDIN) {
                throw UserException.data(source.name() + ": is not LinkedIn's Job Applications.csv (its header lacks "
                        + "Application Date, Company Name, Job Title and Job Url); try --format csv");
            }
            if (format == Format.CSV) {
                kind = CsvImport.Kind.CSV;
            }
            csv |= kind == CsvImport.Kind.CSV;
            CsvImport.Result result = CsvImport.read(source.name(), table, kind, maps.fields(), me);
            rows.addAll(result.rows());
            mapped.addAll(result.mapped());
            if (table.rows().isEmpty() && table.brokenAt() == null) {
                notes.add(source.name() + " has no rows");
            }
            if (!result.unused().isEmpty()) {
                notes.add(source.name() + ": columns not imported: " + String.join(", ", result.unused())
                        + " (--map \"COLUMN=FIELD\" imports one)");
            }
        }
        for (String column : maps.fields().keySet()) {
            if (!mapped.contains(column)) {
                throw UserException.usage("--map: no " + (csv ? "" : "CSV ") + "file given has a column '"
                        + maps.given().get(column) + "'");
            }
        }
        return new Read(rows, notes);
    }
}
