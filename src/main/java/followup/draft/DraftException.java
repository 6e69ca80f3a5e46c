package followup.draft;

/**
 * A draft that cannot be written for a reason the user can fix: a template with a mistake (the
 * message names the template and line), or a {@code --to} name that matches nobody (the message
 * lists who is known). The CLI reports it as a data problem.
 */
public class DraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
        super(message);
    }

    public DraftException(String message, Throwable cause) {
        super(message, cause);
    }
}
