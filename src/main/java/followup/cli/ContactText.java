package followup.cli;

import followup.UserException;
import followup.model.Contact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact as typed on the command line (SPEC §5): a name, then an optional {@code <email>},
 * then an optional phone number, as in {@code "Art Vandelay <art@vandelay.example> +1 555 0142"}
 * or {@code "Art Vandelay +1 555 0142"}.
 */
final class ContactText {

    /** What the option takes, for its messages. */
    static final String FORM = "\"Name <email> phone\" (email and phone optional)";

    private static final Pattern EMAIL = Pattern.compile("<\\s*([^<>\\s]*)\\s*>");
    /**
     * A phone number at the end: digits with the usual separators, an optional leading + or (,
     * at least five digits in all (so "Room 101" stays part of a name).
     */
    private static final Pattern PHONE = Pattern.compile("(?:^|\\s)(\\+?\\(?\\d[\\d\\s().\\-/]*\\d)\\s*$");

    private ContactText() {
    }

    /** The contact, or a usage error naming {@code option}. */
    static Contact parse(String text, String option) {
        String rest = text.strip();
        String email = null;
        Matcher e = EMAIL.matcher(rest);
        if (e.find()) {
            email = e.group(1);
            if (!email.contains("@") || email.startsWith("@") || email.endsWith("@")) {
                throw UserException.usage(option + ": '" + email + "' is not an email address; expected " + FORM);
            }
            String after = rest.substring(e.end());
            if (EMAIL.matcher(after).find()) {
                throw UserException.usage(option + ": one <email> per contact; give each person their own " + option);
            }
            String trailing = after.strip();
            if (!trailing.isEmpty() && !(PHONE.matcher(" " + trailing).matches() && digits(trailing) >= 5)) {
                throw UserException.usage(option + ": '" + trailing + "' after the email is not a phone number; expected "
                        + FORM);
            }
            rest = (rest.substring(0, e.start()) + " " + after).strip();
        }
        String phone = null;
        Matcher p = PHONE.matcher(rest);
        if (p.find() && digits(p.group(1)) >= 5) {
            phone = p.group(1).strip();
            rest = rest.substring(0, p.start()).strip();
        }
        String name = rest.replaceAll("\\s+", " ");
        if (name.isEmpty() || name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            throw UserException.usage(option + ": a contact needs a name; expected " + FORM);
        }
        return new Contact(name, null, email, phone, null);
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
