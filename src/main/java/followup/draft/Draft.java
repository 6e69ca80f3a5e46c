package followup.draft;

import java.util.Objects;

/**
 * A rendered message. {@code toName}, {@code toEmail} and {@code subject} are empty (never null)
 * when unknown; {@code body} has {@code \n} line ends and no trailing newline.
 */
public record Draft(DraftKind kind, String toName, String toEmail, String subject, String body) {

    public Draft {
        Objects.requireNonNull(kind, "kind");
        toName = toName == null ? "" : toName;
        toEmail = toEmail == null ? "" : toEmail;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    /**
     * The draft as printed by {@code followup draft}: a {@code To:} line, a {@code Subject:} line,
     * a blank line and the body, ending with a newline. {@code To:} is left empty when there is
     * no contact.
     */
    public String text() {
        return header("To", recipient()) + header("Subject", subject) + "\n" + body + "\n";
    }

    /** The recipient as a mail client's To field takes it: {@code Jane Doe <jane@acme.example>}. */
    public String recipient() {
        if (toEmail.isEmpty()) {
            return toName;
        }
        if (toName.isEmpty()) {
            return toEmail;
        }
        return displayName(toName) + " <" + toEmail + ">";
    }

    private static String header(String name, String value) {
        // no trailing space after an empty header: lines stay clean when pasted
        return value.isEmpty() ? name + ":\n" : name + ": " + value + "\n";
    }

    /** Quotes a name that a mail client would otherwise split or misread ("Doe, Jane"). */
    private static String displayName(String name) {
        for (char c : name.toCharArray()) {
            if ("()<>[]:;@\\,.\"".indexOf(c) >= 0) {
                return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            }
        }
        return name;
    }
}
