package followup.transfer;

import followup.model.Config;
import followup.model.Status;
import followup.store.Ids;
import followup.text.OneLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of a CSV file as applications: LinkedIn's {@code Job Applications.csv} (known by
 * its header) or any CSV with a header row, its columns matched by name ({@link Field}) or by
 * {@code --map}. A record that cannot be an application is refused with the reason; the others
 * go on.
 *
 * <p>From LinkedIn's export only the company, the job title, the date, the posting's address and
 * the contact's email and phone are read: the screening answers ("Question And Answers") and the
 * résumé's name are never read, so they can be neither stored nor printed.
 */
public final class CsvImport {

    /** Which kind of CSV a file is. */
    public enum Kind { LINKEDIN, CSV }

    /** LinkedIn's columns (names compared as {@link Field#normal}) and what is read from each. */
    private static final Map<String, Field> LINKEDIN = Map.of(
            "applicationdate", Field.APPLIED,
            "companyname", Field.COMPANY,
            "jobtitle", Field.ROLE,
            "joburl", Field.URL,
            "contactemail", Field.EMAIL,
            "contactphonenumber", Field.PHONE);

    /** Columns only LinkedIn's export has, besides the ones above. */
    private static final Set<String> LINKEDIN_ONLY = Set.of("resumename", "questionandanswers");

    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("\\s*([^<>]*?)\\s*<\\s*([^<>\\s]+)\\s*>\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
    private static final Pattern EMAIL_NAME = Pattern.compile("\\p{L}{2,}(?:[._-]\\p{L}{2,}){1,2}");

    /**
     * What a file gave: its records as candidates or refusals, the columns it does not use (by
     * their names, for a note), and the {@code --map} columns it has.
     */
    public record Result(Kind kind, List<Incoming> rows, List<String> unused, Set<String> mapped) {
    }

    private CsvImport() {
    }

    /** LinkedIn's export when the header has its company, title and date columns and one of its own. */
    public static Kind detect(List<String> header) {
        Set<String> names = new LinkedHashSet<>();
        for (String h : header) {
            names.add(Field.normal(h));
        }
        boolean own = names.contains("joburl") || names.contains("contactphonenumber");
        for (String only : LINKEDIN_ONLY) {
            own |= names.contains(only);
        }
        return names.contains("applicationdate") && names.contains("companyname") && names.contains("jobtitle") && own
                ? Kind.LINKEDIN : Kind.CSV;
    }

    /**
     * @param maps {@code --map}: column names (as {@link Field#normal}) to fields; generic CSV only
     * @param me the user: LinkedIn's "contact" email and phone are the ones the member gave when
     *     applying, so an address or number that is the user's own is not kept as a contact
     */
    public static Result read(String file, CsvRows.Table table, Kind kind, Map<String, Field> maps, Config.Me me) {
        List<Incoming> out = new ArrayList<>();
        List<CsvRows.Row> rows = table.rows();
        if (rows.isEmpty()) {
            if (table.brokenAt() != null) {
                out.add(new Incoming.Refused(file, table.brokenAt().line(), table.broken()));
            }
            return new Result(kind, out, List.of(), Set.of());
        }
        CsvRows.Row header = rows.get(0);
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        List<String> unused = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            String normal = Field.normal(name);
            Optional<Field> field;
            if (kind == Kind.LINKEDIN) {
                field = Optional.ofNullable(LINKEDIN.get(normal));
            } else if (LINKEDIN_ONLY.contains(normal)) {
                field = Optional.of(Field.IGNORE); // private to the member even in a file read as plain CSV
                mapped.add(normal); // a --map of it is "found", and ignored all the same
            } else if (maps.containsKey(normal)) {
                mapped.add(normal);
                field = Optional.of(maps.get(normal));
            } else {
                field = Field.byColumn(normal);
            }
            if (field.isPresent() && field.get() != Field.IGNORE && !columns.containsKey(field.get())) {
                columns.put(field.get(), i);
            } else if (kind == Kind.CSV && !name.isEmpty() && field.orElse(null) != Field.IGNORE) {
                unused.add(name);
            }
        }
        if (!columns.containsKey(Field.COMPANY)) {
            out.add(new Incoming.Refused(file, header.line(), "no column names the company (Company, Employer or "
                    + "Organization); name one with --map \"COLUMN=company\""));
            return new Result(kind, out, unused, mapped);
        }
        Reader reader = new Reader(file, header.cells(), columns, kind, me, rows);
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            out.add(reader.read(row));
        }
        if (table.brokenAt() != null) {
            out.add(new Incoming.Refused(file, table.brokenAt().line(), table.broken()));
        }
        return new Result(kind, out, unused, mapped);
    }

    /** Reads the records of one file, its columns known. */
    private static final class Reader {
        private final String file;
        private final List<String> header;
        private final Map<Field, Integer> columns;
        private final Kind kind;
        private final Config.Me me;
        private final LooseDates.Order order;

        Reader(String file, List<String> header, Map<Field, Integer> columns, Kind kind, Config.Me me,
                List<CsvRows.Row> rows) {
            this.file = file;
            this.header = header;
            this.columns = columns;
            this.kind = kind;
            this.me = me;
            List<String> dates = new ArrayList<>();
            for (CsvRows.Row row : rows.subList(1, rows.size())) {
                dates.add(raw(row, Field.APPLIED));
                dates.add(raw(row, Field.DECISION_BY));
            }
            this.order = LooseDates.order(dates);
        }

        Incoming read(CsvRows.Row row) {
            int extra = row.cells().size() - header.size();
            if (extra > 0 && !row.cells().subList(header.size(), row.cells().size()).stream().allMatch(String::isBlank)) {
                return refused(row, "has " + row.cells().size() + " values but the header names " + header.size()
                        + " columns (a value with a comma that is not in quotes?)");
            }
            String company = line(raw(row, Field.COMPANY));
            if (company == null) {
                return refused(row, "no company (column '" + name(Field.COMPANY) + "' is empty)");
            }
            Status status = Status.APPLIED;
            String word = line(raw(row, Field.STATUS));
            if (word != null) {
                if (StatusWords.notApplied(word)) {
                    return refused(row, "status '" + shown(word) + "' means not applied yet; only applications are"
                            + " imported (import it again once you have applied)");
                }
                Optional<Status> s = StatusWords.status(word);
                if (s.isEmpty()) {
                    return refused(row, "unknown status '" + shown(word) + "' in column '" + name(Field.STATUS)
                            + "'; words that work: " + StatusWords.known());
                }
                status = s.get();
            }
            Map<Field, LocalDate> dates = new EnumMap<>(Field.class);
            for (Field dated : List.of(Field.APPLIED, Field.DECISION_BY)) {
                String text = line(raw(row, dated));
                if (text != null) {
                    LooseDates.Reading r = kind == Kind.LINKEDIN ? LooseDates.readMonthFirst(text)
                            : LooseDates.read(text, order);
                    if (!r.ok()) {
                        return refused(row, "the date in column '" + name(dated) + "' " + r.problem());
                    }
                    dates.put(dated, r.date());
                }
            }
            Map<String, Object> contact = contact(row);
            if (contact == null) {
                return refused(row, "the email in column '" + name(Field.EMAIL) + "' is not an email address");
            }
            // the keys in the order of SPEC §3, as add writes them
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("company", company);
            put(fields, "role", line(raw(row, Field.ROLE)));
            fields.put("status", status.id());
            put(fields, "source", kind == Kind.LINKEDIN ? "LinkedIn" : line(raw(row, Field.SOURCE)));
            put(fields, "url", line(raw(row, Field.URL)));
            put(fields, "applied", text(dates.get(Field.APPLIED)));
            if (!contact.isEmpty()) {
                fields.put("contacts", List.of(contact));
            }
            put(fields, "decision-by", text(dates.get(Field.DECISION_BY)));
            put(fields, "notes", kind == Kind.LINKEDIN ? null : block(raw(row, Field.NOTES)));
            fields.put("log", List.of());
            String id = line(raw(row, Field.ID));
            return new Incoming.Candidate(file, row.line(), id != null && Ids.isValid(id) ? id : Ids.slug(company),
                    fields, false);
        }

        /** The contact's fields (empty when none is known), or null when the email is no address. */
        private Map<String, Object> contact(CsvRows.Row row) {
            String name = line(raw(row, Field.CONTACT));
            String email = line(raw(row, Field.EMAIL));
            String phone = line(raw(row, Field.PHONE));
            if (name != null) {
                Matcher m = NAME_AND_ADDRESS.matcher(name);
                if (m.matches() && EMAIL.matcher(m.group(2)).matches()) {
                    email = email == null ? m.group(2) : email;
                    name = m.group(1).isEmpty() ? null : m.group(1);
                }
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                return null;
            }
            if (email != null && me.email() != null && email.equalsIgnoreCase(me.email().strip())) {
                email = null; // the user's own address, as LinkedIn records the one you applied with
            }
            if (phone != null && me.phone() != null && digits(phone).equals(digits(me.phone())) && !digits(phone).isEmpty()) {
                phone = null;
            }
            Map<String, Object> contact = new LinkedHashMap<>();
            if (name == null && email == null && phone == null) {
                return contact;
            }
            contact.put("name", name != null ? name : email != null ? nameOf(email) : phone);
            put(contact, "email", email);
            put(contact, "phone", phone);
            return contact;
        }

        private String raw(CsvRows.Row row, Field field) {
            Integer i = columns.get(field);
            return i == null || i >= row.cells().size() ? null : row.cells().get(i);
        }

        private String name(Field field) {
            return header.get(columns.get(field)).strip();
        }

        private Incoming refused(CsvRows.Row row, String why) {
            return new Incoming.Refused(file, row.line(), why);
        }
    }

    /** "jane.doe@acme.example" → "Jane Doe"; an address that does not spell a name is the name itself. */
    static String nameOf(String email) {
        String local = email.substring(0, email.indexOf('@'));
        if (!EMAIL_NAME.matcher(local).matches()) {
            return email;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : local.split("[._-]")) {
            sb.append(sb.length() == 0 ? "" : " ").append(part.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static void put(Map<String, Object> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    /** A one-line value: control characters out, runs of space (line breaks too) as one; null when blank. */
    static String line(String raw) {
        if (raw == null) {
            return null;
        }
        String s = OneLine.of(unguard(raw.strip()));
        return s.isEmpty() ? null : s;
    }

    /** Text of several lines (notes): line ends as \n, control characters but tabs out; null when blank. */
    static String block(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = unguard(raw.strip()).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c) && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Undoes {@link CsvExport}'s guard: {@code '=x} was {@code =x}. */
    private static String unguard(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' && CsvExport.FORMULA.indexOf(s.charAt(1)) >= 0 ? s.substring(1) : s;
    }

    /** A value for a message: short, on one line, with no control characters. */
    static String shown(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
