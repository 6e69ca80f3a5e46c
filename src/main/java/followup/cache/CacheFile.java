package followup.cache;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A file of the caches: in the user's private cache folder (0700; the files 0600, they hold
 * personal data), written to a temp file and renamed, with a checksum at its end so that a torn
 * or corrupt file is seen and simply made again. Strings inside are UTF-8 with a length (-1 for
 * null).
 */
public final class CacheFile {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private CacheFile() {
    }

    /** {@code prefix}, a hash of {@code folder}'s path, {@code .bin}: one cache file per data home. */
    public static String name(String prefix, Path folder) {
        String path = folder.toString();
        long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a
        for (int i = 0; i < path.length(); i++) {
            hash = (hash ^ path.charAt(i)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return prefix + "0".repeat(16 - hex.length()) + hex + ".bin";
    }

    /** What {@link #write(Path, Path, Content)} writes, streamed (megabytes at 10,000 applications). */
    public interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes {@code bytes} and their checksum to {@code file} in the private folder {@code cache}
     * (made 0700 if need be; the file is 0600), through a temp file and a rename. No fsync: a file
     * torn by a power cut fails its checksum ({@link #read}) and is made again.
     */
    public static void write(Path cache, Path file, ByteArrayOutputStream bytes) throws IOException {
        write(cache, file, new Content() {
            @Override
            public void writeTo(DataOutputStream out) throws IOException {
                bytes.writeTo(out);
            }
        });
    }

    /** As above, the bytes streamed to the file as {@code content} writes them, never all in memory. */
    public static void write(Path cache, Path file, Content content) throws IOException {
        if (!Files.isDirectory(cache)) {
            Files.createDirectories(cache, PosixFilePermissions.asFileAttribute(PRIVATE)); // parents 0700 too
        }
        if (!isPrivate(cache)) {
            Files.setPosixFilePermissions(cache, PRIVATE);
        }
        Path temp = Files.createTempFile(cache, ".cache-", ".tmp"); // mode 0600
        try {
            CRC32C crc = new CRC32C();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 65536))) {
                content.writeTo(new DataOutputStream(new CheckedOutputStream(out, crc)));
                out.writeInt((int) crc.getValue());
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * What {@link #write} wrote to {@code file}, without its checksum; null when there is no such
     * file (or it is not a regular file), the folder is not private, or the checksum fails. Never
     * throws.
     */
    public static ByteBuffer read(Path cache, Path file) {
        byte[] bytes;
        try {
            // a FIFO in its place would hold the read for ever: only a regular file is opened
            if (!isPrivate(cache) || !Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (bytes.length < 4) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = (bytes[bytes.length - 4] & 0xff) << 24 | (bytes[bytes.length - 3] & 0xff) << 16
                | (bytes[bytes.length - 2] & 0xff) << 8 | bytes[bytes.length - 1] & 0xff;
        // read back from a ByteBuffer: DataInputStream over a ByteArrayInputStream takes a lock per byte
        return (int) crc.getValue() == stored ? ByteBuffer.wrap(bytes, 0, bytes.length - 4) : null;
    }

    /** A folder only its owner can enter; a missing folder counts (it is created private). */
    static boolean isPrivate(Path dir) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir);
            return p.equals(PRIVATE);
        } catch (NoSuchFileException e) {
            return true;
        } catch (UnsupportedOperationException e) {
            return true; // not a POSIX file system: the platform's own access rules apply
        }
    }

    /** Writes a string as {@link #string} reads it back. */
    public static void putString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string as {@link #putString} wrote it; an IllegalArgumentException when the length is corrupt. */
    public static String string(ByteBuffer in) {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("corrupt string");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    /** A count that fits in what is left (a corrupt one would otherwise allocate wildly). */
    public static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("corrupt count");
        }
        return n;
    }
}
