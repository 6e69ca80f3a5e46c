package followup.inbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The places {@code inbox} reads mail from, each a PATH of one of four kinds: one {@code .eml}
 * file, a folder of them, an mbox file (it starts with {@code "From "}) or a Maildir (a folder with
 * {@code cur/} and {@code new/}). Each message comes out as its bytes and where it was found:
 * {@code PATH}, or {@code PATH:offset} (the byte where its {@code From } line starts) in an mbox.
 * Nothing is ever written, and a message is read only up to {@link #MAX_MESSAGE}.
 */
public final class MailSources {

    /** A message larger than this is named and skipped, never read into memory. */
    public static final long MAX_MESSAGE = 10L * 1024 * 1024;

    /** What a PATH holds. */
    public enum Kind {
        EML("a mail message"), EML_FOLDER("a folder of .eml files"), MBOX("an mbox file"), MAILDIR("a Maildir");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** The kind in words, for messages: "an mbox file". */
        public String words() {
            return words;
        }
    }

    /**
     * One message as found. Exactly one of {@code bytes} and {@code skipped} is set: the message's
     * bytes (mbox escaping undone), or why it was not read (too large, unreadable).
     */
    public record Raw(String where, byte[] bytes, String skipped) {
    }

    /** Told about each message, in the order of the source. */
    @FunctionalInterface
    public interface Visitor {
        void message(Raw raw);
    }

    /** A PATH that is none of the four kinds; the message names the PATH, never its contents. */
    public static final class NotMail extends Exception {
        private static final long serialVersionUID = 1L;

        NotMail(String message) {
            super(message, null, false, false);
        }
    }

    /** A From_ line of an mbox: {@code From sender Tue Nov 24 09:00:00 2026} (the date's shape varies). */
    private static final Pattern FROM_LINE = Pattern.compile(
            "From \\S*\\s.*\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b.*\\b\\d{1,2}:\\d{2}.*");

    private MailSources() {
    }

    /** What {@code path} is; refused with a plain message when it is none of the kinds. */
    public static Kind kind(Path path) throws NotMail {
        String shown = path.toString();
        if (!Files.exists(path)) {
            throw new NotMail(shown + ": no such file or folder");
        }
        if (Files.isDirectory(path)) {
            if (Files.isDirectory(path.resolve("cur")) && Files.isDirectory(path.resolve("new"))) {
                return Kind.MAILDIR;
            }
            try {
                if (!emlFiles(path).isEmpty()) {
                    return Kind.EML_FOLDER;
                }
            } catch (IOException e) {
                throw new NotMail(shown + ": cannot be listed" + reason(e));
            }
            throw new NotMail(shown + ": not a Maildir (no cur/ and new/) and no .eml files in it");
        }
        if (!Files.isRegularFile(path)) {
            // a FIFO or a device is never opened: reading one could wait for ever
            throw new NotMail(shown + ": not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] start = in.readNBytes(5);
            return new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).equals("From ") ? Kind.MBOX : Kind.EML;
        } catch (IOException e) {
            throw new NotMail(shown + ": cannot be read" + reason(e));
        }
    }

    /** Every message of {@code path} (of kind {@code kind}), in the source's order. */
    public static void read(Path path, Kind kind, Visitor visitor) throws IOException {
        switch (kind) {
            case EML -> visitor.message(file(path));
            case EML_FOLDER -> {
                for (Path f : emlFiles(path)) {
                    visitor.message(file(f));
                }
            }
            case MAILDIR -> {
                for (String sub : List.of("cur", "new")) {
                    for (Path f : files(path.resolve(sub))) {
                        visitor.message(file(f));
                    }
                }
            }
            case MBOX -> mbox(path, visitor);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static List<Path> emlFiles(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : files(folder)) {
            if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
                out.add(f);
            }
        }
        return out;
    }

    /** The entries of a folder that are not hidden (Maildir's own dot files), sorted by name. */
    private static List<Path> files(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path f : dir) {
                if (!f.getFileName().toString().startsWith(".") && !Files.isDirectory(f)) {
                    out.add(f);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** One message in a file of its own. */
    static Raw file(Path f) {
        String shown = f.toString();
        try {
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(f)) {
                return new Raw(shown, null, "not a regular file");
            }
            long size = Files.size(f);
            if (size > MAX_MESSAGE) {
                return new Raw(shown, null, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(f)) {
                byte[] bytes = in.readNBytes((int) MAX_MESSAGE + 1);
                return bytes.length > MAX_MESSAGE ? new Raw(shown, null, tooLarge(bytes.length)) : new Raw(shown, bytes, null);
            }
        } catch (IOException e) {
            return new Raw(shown, null, "cannot be read" + reason(e));
        }
    }

    static String tooLarge(long size) {
        return "larger than 10 MiB (" + (size / (1024 * 1024)) + " MiB)";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return ": permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return ": it is gone";
        }
        return ": " + e.getClass().getSimpleName();
    }

    // ---- mbox ---------------------------------------------------------------------------------

    /**
     * Splits an mbox at its From_ lines (a line starting {@code "From "} that looks like one, at
     * the start or after an empty line) and undoes the mboxrd escaping of body lines
     * ({@code ">From "} → {@code "From "}, {@code ">>From "} → {@code ">From "}).
     */
    private static void mbox(Path path, Visitor visitor) throws IOException {
        String shown = path.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            Line line = new Line();
            long offset = 0;
            boolean previousEmpty = true;
            Message current = null;
            while (line.read(in)) {
                // the file's first line is one by definition (that is how it was told to be an mbox)
                boolean separator = line.startsWith("From ") && (offset == 0 || previousEmpty && line.looksLike(FROM_LINE));
                if (separator) {
                    if (current != null) {
                        visitor.message(current.done(shown));
                    }
                    current = new Message(offset);
                } else if (current != null) {
                    current.add(line);
                }
                previousEmpty = line.isEmpty();
                offset += line.length;
            }
            if (current != null) {
                visitor.message(current.done(shown));
            }
        } catch (AccessDeniedException e) {
            visitor.message(new Raw(shown, null, "cannot be read: permission denied"));
        }
    }

    /** A message of an mbox being gathered, up to the size limit. */
    private static final class Message {
        final long offset;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        long size;

        Message(long offset) {
            this.offset = offset;
        }

        void add(Line line) {
            int skip = line.escapedFrom() ? 1 : 0;
            size += line.length - skip;
            if (size <= MAX_MESSAGE + 2) {
                bytes.write(line.bytes, skip, line.kept - skip);
            }
        }

        Raw done(String shown) {
            String where = shown + ":" + offset;
            byte[] b = bytes.toByteArray();
            // the empty line before the next From_ line separates; it is not the message's
            int end = b.length;
            if (end >= 2 && b[end - 1] == '\n' && b[end - 2] == '\n') {
                end--;
            } else if (end >= 4 && b[end - 1] == '\n' && b[end - 2] == '\r' && b[end - 3] == '\n') {
                end -= 2;
            }
            long real = size - (b.length - end);
            if (real > MAX_MESSAGE) {
                return new Raw(where, null, tooLarge(real));
            }
            return new Raw(where, java.util.Arrays.copyOf(b, end), null);
        }
    }

    /** One line of bytes with its line break; longer lines are counted, not kept, past the limit. */
    private static final class Line {
        byte[] bytes = new byte[1024];
        int kept;
        long length;

        boolean read(InputStream in) throws IOException {
            kept = 0;
            length = 0;
            int c;
            while ((c = in.read()) >= 0) {
                length++;
                if (kept < MAX_MESSAGE + 2) {
                    if (kept == bytes.length) {
                        bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(bytes.length * 2L, MAX_MESSAGE + 2));
                    }
                    bytes[kept++] = (byte) c;
                }
                if (c == '\n') {
                    return true;
                }
            }
            return length > 0;
        }

        boolean startsWith(String ascii) {
            if (kept < ascii.length()) {
                return false;
            }
            for (int i = 0; i < ascii.length(); i++) {
                if (bytes[i] != ascii.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        boolean isEmpty() {
            return kept == 1 && bytes[0] == '\n' || kept == 2 && bytes[0] == '\r' && bytes[1] == '\n';
        }

        boolean looksLike(Pattern pattern) {
            int n = kept;
            while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
                n--;
            }
            return n < 1000 && pattern.matcher(new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)).matches();
        }

        /** {@code >From }, {@code >>From }, ...: a body line mboxrd escaped. */
        boolean escapedFrom() {
            int i = 0;
            while (i < kept && bytes[i] == '>') {
                i++;
            }
            if (i == 0 || kept - i < 5) {
                return false;
            }
            return bytes[i] == 'F' && bytes[i + 1] == 'r' && bytes[i + 2] == 'o' && bytes[i + 3] == 'm' && bytes[i + 4] == ' ';
        }
    }
}
