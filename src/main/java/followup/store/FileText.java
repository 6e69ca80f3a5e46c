package followup.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The bytes and text of one file of the data home, read as every reader must: a regular file
 * only (never opening a FIFO or a device), at most {@link #MAX_SIZE}, strict UTF-8. Anything else
 * is a {@link Problem} of that file, naming it.
 */
final class FileText {

    /** Files larger than this are refused before they are read, and never written. */
    static final long MAX_SIZE = 1024 * 1024;
    static final String TOO_LARGE = "is larger than 1 MiB; an application file is a few KiB";

    private FileText() {
    }

    static byte[] readBytes(Path file, String relative) throws InvalidFileException {
        String shown = file.toString();
        try {
            // one look before opening: a FIFO opened for reading waits for a writer, for ever
            BasicFileAttributes attributes = regularFile(file, shown, relative);
            if (attributes.size() > MAX_SIZE) {
                throw problem(shown, relative, TOO_LARGE);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size > MAX_SIZE) {
                    throw problem(shown, relative, TOO_LARGE);
                }
                ByteBuffer buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read it all
                }
                return Arrays.copyOf(buf.array(), buf.position());
            }
        } catch (AccessDeniedException e) {
            throw problem(shown, relative, "cannot be read: permission denied");
        } catch (NoSuchFileException e) {
            throw problem(shown, relative, "does not exist");
        } catch (IOException e) {
            throw problem(shown, relative, "cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The attributes of {@code file} (through a symbolic link) when it is a regular file; anything
     * else (a folder, a FIFO, a device, a socket, a link to nothing) is a problem of that file, told
     * without opening it: opening a FIFO for reading waits for a writer, a device may never end.
     */
    static BasicFileAttributes regularFile(Path file, String shown, String relative)
            throws InvalidFileException, IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw problem(shown, relative, Files.isSymbolicLink(file)
                    ? "is a symbolic link to a file that does not exist" : "does not exist");
        } catch (FileSystemException e) {
            if (!(e instanceof AccessDeniedException) && Files.isSymbolicLink(file)) {
                throw problem(shown, relative, "is a symbolic link that cannot be followed (a loop?)");
            }
            throw e;
        }
        if (attributes.isDirectory()) {
            throw problem(shown, relative, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw problem(shown, relative, "is not a regular file (" + kind(file) + "); it was not opened");
        }
        return attributes;
    }

    /**
     * What a file that is not a regular file is, in words ({@code a FIFO}, {@code a folder}, ...),
     * as messages name it; read from its attributes, never by opening it.
     */
    static String kind(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000; // S_IFMT
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file"; // no unix view (Windows), or gone meanwhile
        }
    }

    static InvalidFileException problem(String shown, String relative, String message) {
        return new InvalidFileException(new Problem(shown, relative, 1, 1, message));
    }

    /** Strict UTF-8: a bad byte is reported at its line, not replaced by '?'. */
    static String decode(byte[] bytes, String shown, String relative) throws InvalidFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new InvalidFileException(new Problem(shown, relative, line, column,
                    "is not valid UTF-8 text (save it as UTF-8)"));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
