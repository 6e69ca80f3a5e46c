package followup;

/**
 * A failure the user can act on: the message is printed as {@code followup: <message>} and the
 * process exits with the code. Never carries a file's contents.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int DATA = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static UserException data(String message) {
        return new UserException(DATA, message);
    }

    public static UserException usage(String message) {
        return new UserException(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
