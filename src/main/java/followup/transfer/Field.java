package followup.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CSV column holds, and the column names that mean it (compared in lower case with
 * everything but letters and digits left out: "Date Applied", "date_applied" and "DateApplied"
 * are one name). {@code --map COLUMN=FIELD} names a field by its {@link #id()}.
 */
public enum Field {
    COMPANY("company", "company", "companyname", "employer", "organization", "organisation", "org"),
    ROLE("role", "role", "title", "jobtitle", "position", "positiontitle", "job", "jobposition", "roletitle"),
    STATUS("status", "status", "stage", "list", "applicationstatus", "state"),
    APPLIED("applied", "applied", "dateapplied", "applicationdate", "applieddate", "appliedon", "appliedat",
            "dateofapplication"),
    URL("url", "url", "link", "joburl", "joblink", "postingurl", "jobpostingurl", "posting", "listingurl"),
    CONTACT("contact", "contact", "contactname", "recruiter", "recruitername", "hiringmanager"),
    EMAIL("email", "email", "emailaddress", "contactemail", "recruiteremail", "mail"),
    PHONE("phone", "phone", "phonenumber", "contactphone", "contactphonenumber", "recruiterphone", "mobile",
            "telephone"),
    SOURCE("source", "source", "jobsource"),
    NOTES("notes", "notes", "note", "comments", "comment"),
    DECISION_BY("decision-by", "decisionby", "decisiondate"),
    /** The id to give the application, when it is a valid one and free (export's first column). */
    ID("id", "id"),
    /** A column to leave out ({@code --map "Salary=ignore"}). */
    IGNORE("ignore");

    private final String id;
    private final List<String> names;

    Field(String id, String... names) {
        this.id = id;
        this.names = List.of(names);
    }

    /** The name {@code --map} uses. */
    public String id() {
        return id;
    }

    /** The field whose column names include this one (already {@link #normal}). */
    static Optional<Field> byColumn(String normalName) {
        for (Field f : values()) {
            if (f.names.contains(normalName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The field named {@code id} (any case), as {@code --map} gives it. */
    public static Optional<Field> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Field f : values()) {
            if (f.id.equals(wanted) || f.id.replace("-", "").equals(wanted.replace("-", "").replace("_", ""))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every field's id, for messages. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Field f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.id);
        }
        return sb.toString();
    }

    /** A column name compared: lower case, letters and digits only. */
    public static String normal(String column) {
        StringBuilder sb = new StringBuilder();
        String s = column.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }
}
