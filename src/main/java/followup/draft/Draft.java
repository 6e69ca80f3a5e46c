package followup.draft;

import java.util.List;
import java.util.Objects;

/**
 * A rendered message. {@code toName}, {@code toEmail} and {@code subject} are empty (never null)
 * when unknown; {@code body} has {@code \n} line ends and no trailing newline.
 *
 * @param notices  what the user should know about this draft, in plain words: that no address is
 *                 known for the person it goes to, and how else to reach them (the command prints
 *                 them on stderr)
 * @param unsigned whether the draft is signed with a line to fill in, for want of {@code me.name}
 */
public record Draft(DraftKind kind, String toName, String toEmail, String subject, String body,
                    List<String> notices, boolean unsigned) {

    /** What a draft is signed with when the config has no {@code me.name}: a line to fill in. */
    public static final String SIGNATURE_TO_FILL_IN = "[Your name]";

    public Draft {
        Objects.requireNonNull(kind, "kind");
        toName = toName == null ? "" : toName;
        toEmail = toEmail == null ? "" : toEmail;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A draft with nothing to tell the user about it. */
    public Draft(DraftKind kind, String toName, String toEmail, String subject, String body) {
        this(kind, toName, toEmail, subject, body, List.of(), false);
    }

    /**
     * The draft as printed by {@code followup draft}. A mail: a {@code To:} line, a
     * {@code Subject:} line, a blank line and the body, ending with a newline; {@code To:} is left
     * empty when there is no contact. A paper note (a letter to print) and a LinkedIn request have
     * no mail headers: the body alone.
     */
    public String text() {
        if (!kind.isMail()) {
            return body + "\n";
        }
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
