package followup.cli;

import followup.UserException;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --output FILE} of {@code calendar}, {@code export} and {@code report}: checked before
 * anything is read, then written atomically with mode 0600, or to standard output without it or
 * with {@code -}.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * The file to write, or null for standard output. Refuses (exit 1) a folder, a file in a folder
     * that does not exist, and anything but a regular file: the atomic write would rename a file over
     * a FIFO (never read) or a device ({@code /dev/full} gone).
     */
    static Path checked(Path output) {
        if (output == null || output.toString().equals("-")) {
            return null;
        }
        if (Files.isDirectory(output)) {
            throw UserException.data("--output: " + output + " is a folder");
        }
        Path absolute = output.toAbsolutePath();
        Path folder = absolute.getParent() == null ? absolute.getRoot() : absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw UserException.data("--output: the folder " + folder + " does not exist");
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw UserException.data("--output: " + output + " is not a regular file (" + Store.kind(output)
                    + "); it is left as it is");
        }
        return output;
    }

    /** Writes {@code text} to {@code file} (from {@link #checked}), or to {@code out} when it is null. */
    static void write(PrintWriter out, Path file, String text) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            AtomicFiles.replace(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the temp file is gone and the old file is whole: say so, and why
            throw UserException.data("--output: cannot write " + file + ": " + reason(e) + "; it is unchanged");
        }
    }

    /** Why a write failed, in the system's words ("No space left on device"), without a path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
