package followup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

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

    /** An I/O failure in words: what and which file, never the file's contents. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : "");
        }
        return "input/output error: " + e.getMessage();
    }
}
