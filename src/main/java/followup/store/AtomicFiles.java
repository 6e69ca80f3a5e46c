package followup.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes that a crash cannot tear: the new content goes to a temp file (mode 0600, named with a
 * leading dot) in the same folder, is forced to disk, then renamed over the target, and the
 * folder itself is forced so the rename survives a power cut.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code target} (through a symbolic link: the link stays a link). */
    public static void replace(Path target, byte[] content) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target;
        Path temp = writeTemp(real, content);
        try {
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(real.getParent());
    }

    /**
     * Creates {@code target} with its full content, or returns false when it already exists; never
     * overwrites. A hard link from the finished temp file makes "exists with all its content" atomic.
     */
    public static boolean createNew(Path target, byte[] content) throws IOException {
        Path temp = writeTemp(target, content);
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            // a file system without hard links: exclusive create, then write
            try (FileChannel ch = FileChannel.open(target, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")))) {
                ch.write(ByteBuffer.wrap(content));
                ch.force(true);
            } catch (FileAlreadyExistsException again) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(target.getParent());
        return true;
    }

    private static Path writeTemp(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Makes a rename in {@code folder} durable; not every platform can open a folder, which is fine. */
    static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // best effort: the rename itself is already atomic
        }
    }
}
