package followup.inbox;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One mail message as {@code inbox} reads it: where it was found, its headers, and what it means
 * from their side ({@link Classifier.Reading}). The body itself is not kept: it is read once,
 * classified, and dropped, so that nothing private outlives the reading.
 *
 * @param where      {@code PATH} or {@code PATH:offset}
 * @param date       the {@code Date:} header in the user's zone
 * @param recipients To and Cc
 * @param delivered  the addresses the message was delivered to (Delivered-To, X-Original-To)
 * @param automatic  why it is an automatic message (an out-of-office reply, a delivery report), or null
 * @param invitation its calendar part, or null
 * @param reading    what it means if it is from them
 */
public record Message(String where, String messageId, ZonedDateTime date, Person from, List<Person> recipients,
        List<String> delivered, String subject, String automatic, Invitation invitation, Classifier.Reading reading) {

    public Message {
        recipients = List.copyOf(recipients);
        delivered = List.copyOf(delivered);
    }

    /** A mailbox: a display name (may be null) and an address (lower case). */
    public record Person(String name, String email) {
        public Person {
            email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        }

        /** The address after the {@code @}, or "". */
        public String domain() {
            int at = email == null ? -1 : email.lastIndexOf('@');
            return at < 0 ? "" : email.substring(at + 1);
        }

        /** As a header shows it: {@code Jane Doe <jane@acme.example>}. */
        public String shown() {
            return name == null || name.isBlank() ? email : name + " <" + email + ">";
        }
    }
}
