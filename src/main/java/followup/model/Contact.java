package followup.model;

/** A person at the company. Only the name is required; the rest may be null. */
public record Contact(String name, String title, String email, String phone, String linkedin) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a contact needs a name");
        }
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
}
