package followup.transfer;

import java.util.Map;

/** One record of a file being imported: an application to create, or why it cannot be one. */
public sealed interface Incoming permits Incoming.Candidate, Incoming.Refused {

    /** The file as the user named it. */
    String file();

    /** The line of the file the record starts on. */
    int line();

    /**
     * An application: the id it would like ({@code Ids.slug} of the company, or the id in
     * followup's own export) and the fields of its file, in the file's order.
     *
     * @param ownExport from followup's own JSON export: its ids are kept, and two records of it
     *     for the same company and role are two applications (the home they came from had both)
     */
    record Candidate(String file, int line, String id, Map<String, Object> fields, boolean ownExport)
            implements Incoming {

        public String company() {
            return text("company");
        }

        public String role() {
            return text("role");
        }

        public String url() {
            return text("url");
        }

        private String text(String key) {
            return fields.get(key) instanceof String s ? s : null;
        }
    }

    /** A record that is not imported, and why (never quoting a private value). */
    record Refused(String file, int line, String why) implements Incoming {
    }
}
