package followup.model;

/**
 * A person at the company. Only the name is required; the rest may be null. {@code anchor} is a
 * hook with this person (the book they recommended); {@code address} is a postal address, which
 * may span lines, for the paper note.
 */
public record Contact(String name, String title, String email, String phone, String linkedin, String anchor,
                      String address) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a contact needs a name");
        }
    }

    /** A contact with no anchor and no postal address. */
    public Contact(String name, String title, String email, String phone, String linkedin) {
        this(name, title, email, phone, linkedin, null, null);
    }

    public static Contact named(String name) {
        return new Contact(name, null, null, null, null);
    }

    /** The first word of the name: what a greeting uses. */
    public String firstName() {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** Whether an email address is known. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** Whether a phone number is known. */
    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }
}
