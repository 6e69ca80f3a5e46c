package followup.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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
        replaceIf(target, content, real -> true);
    }

    /**
     * Tests only (null otherwise): told, in {@link System#nanoTime()}, when each last look began
     * and when its rename was done, so that a test can tell whether another writer's lost save
     * fell into that gap or somewhere the look should have caught it.
     */
    static volatile Gap gapObserver;

    /** The span from a last look to the end of its rename. */
    @FunctionalInterface
    interface Gap {
        void between(long lookStarted, long renamed);
    }

    /** A last look at the file about to be replaced. */
    @FunctionalInterface
    public interface Precondition {
        /** @param real the file about to be replaced (symbolic links resolved) */
        boolean holds(Path real) throws IOException;
    }

    /**
     * Replaces {@code target} only if {@code check} holds. The check runs after the new content is
     * already on disk in the temp file, right before the rename, so that what it saw and the rename
     * are a read and a rename apart rather than a write and an fsync: a writer that does not take
     * our lock (an editor) can still slip into that gap, but only into that gap.
     *
     * @return false, with nothing written, when the check failed
     */
    public static boolean replaceIf(Path target, byte[] content, Precondition check) throws IOException {
        // absolute: a bare "report.html" has no parent, and a temp file made in "no folder" would
        // land in /tmp, on another file system than the target, where no rename is atomic
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temp = writeTemp(real, content);
        try {
            long look = System.nanoTime();
            if (!check.holds(real)) {
                return false;
            }
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Gap gap = gapObserver;
            if (gap != null) {
                gap.between(look, System.nanoTime());
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(real.getParent());
        return true;
    }

    /**
     * Deletes the temp files of {@code target} that a killed writer left behind, those last changed
     * more than {@code age} ago. Only call it while holding the store's lock: then no update of this
     * file is under way, and a {@code create} (which does not lock) keeps its temp file for
     * milliseconds, not for {@code age}.
     *
     * @return how many were deleted
     */
    public static int removeStale(Path target, Duration age) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = real.getParent();
        String name = real.getFileName().toString();
        FileTime cutoff = FileTime.from(Instant.now().minus(age));
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> isTempOf(p, name))) {
            for (Path temp : temps) {
                BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(cutoff) < 0
                        && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** {@code .acme.yaml.123456.tmp}: what {@link #writeTemp} names a temp file of {@code acme.yaml}. */
    static boolean isTempOf(Path p, String name) {
        String n = p.getFileName().toString();
        String prefix = "." + name + ".";
        return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + ".tmp".length()
                && n.substring(prefix.length(), n.length() - ".tmp".length()).chars().allMatch(Character::isDigit);
    }

    /**
     * Creates {@code target} with its full content, or returns false when it already exists; never
     * overwrites. A hard link from the finished temp file makes "exists with all its content" atomic.
     */
    public static boolean createNew(Path target, byte[] content) throws IOException {
        target = target.toAbsolutePath();
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
