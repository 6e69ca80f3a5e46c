package followup.store;

/**
 * Something wrong with a file, located for a person: {@code path:line:col: message}. Line and
 * column are 1-based. The message never quotes the file's contents (cron mails what we print).
 *
 * @param file the path as the user knows it (the home joined with {@code applications/x.yaml})
 * @param relative the path relative to the data home, for JSON output
 */
public record Problem(String file, String relative, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
