package followup.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The working copies of {@code edit}: {@code applications/.<id>.edit-<n>.yaml}. A copy may hold
 * a person's unsaved work, so followup never deletes one it did not just finish with; one whose
 * {@code edit} was killed is found and named instead (SPEC §8).
 *
 * <p>To tell a copy being edited right now (in another terminal) from one whose edit died, a
 * running edit holds an OS lock on one byte of {@code applications/.edit.lock} (a file never
 * renamed or deleted), at a place given by the copy's number; the OS drops it when the process
 * ends, however it ends. Locking the copy itself would not do: many editors save by writing a new
 * file and renaming it over the old one, and the lock would stay on the old one.
 *
 * <p>A JVM holds file locks for all its threads, and on POSIX closing any channel of a file drops
 * every lock the process holds on it; so within one JVM all locking of a lock file goes through
 * one channel, opened while any edit holds a place and closed with the last.
 */
public final class EditCopies {

    static final String LOCK = ".edit.lock";
    /**
     * {@code .acme.edit-123.yaml}, or {@code .acme.edit-123.kept.yaml} once {@code edit} kept it
     * for the person (not saved: invalid, or the file changed meanwhile); the number is any run of
     * digits (older builds wrote 19-20).
     */
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.edit-(\\d{1,40})(\\.kept)?\\.yaml");
    /** Places are spread over this many bytes: two live edits of one folder share one by chance 1 in 2^40. */
    private static final long PLACES = 1L << 40;

    /** The channels of the lock files this JVM's edits hold places in, and how many each; guarded by itself. */
    private static final Map<Path, Shared> OPEN = new HashMap<>();

    private static final class Shared {
        final FileChannel channel;
        int holders;

        Shared(FileChannel channel) {
            this.channel = channel;
        }
    }

    private EditCopies() {
    }

    /** A working copy an edit is using: its place is held until {@link #close()}, which keeps the file. */
    public static final class Copy implements AutoCloseable {
        private final Path path;
        private final Path lockFile;
        private FileLock place;

        private Copy(Path path, Path lockFile, FileLock place) {
            this.path = path;
            this.lockFile = lockFile;
            this.place = place;
        }

        public Path path() {
            return path;
        }

        /** Lets go of the place; the copy stays on disk (delete it first if it is done with). */
        @Override
        public void close() throws IOException {
            synchronized (OPEN) {
                if (place == null) {
                    return;
                }
                try {
                    place.release();
                } finally {
                    place = null;
                    Shared shared = OPEN.get(lockFile);
                    if (shared != null && --shared.holders == 0) {
                        OPEN.remove(lockFile);
                        shared.channel.close();
                    }
                }
            }
        }
    }

    /**
     * A copy no running edit holds: its edit was killed before it saved or discarded it, or it
     * kept the copy for the person ({@code kept}) and said so then.
     */
    public record Abandoned(String id, Path copy, Path file, boolean kept, boolean sameAsFile) {

        /**
         * What to say about it, without the {@code followup: } prefix: a line of what it is, then
         * one indented line per command that compares, keeps or discards it, each whole so it can
         * be copied. Never the copy's contents.
         */
        public String notice() {
            String c = shell(copy);
            String what = kept ? "your edit of " + id + " was not saved and is kept here"
                    : "an edit of " + id + " was interrupted before it was saved";
            if (sameAsFile) {
                return copy + ": " + what + ", but holds no change to " + file.getFileName()
                        + "; nothing is lost by removing it:\n  discard it: rm " + c;
            }
            String compare = Files.exists(file) ? "\n  compare:    diff " + shell(file) + " " + c : "";
            return copy + ": " + what + compare
                    + "\n  keep it:    mv " + c + " " + shell(file) + " && followup check"
                    + "\n  discard it: rm " + c;
        }
    }

    /**
     * Marks a working copy as kept for the person (their edit was not saved), so that later
     * commands do not call it interrupted.
     *
     * @return its path now (the same one when it could not be renamed)
     */
    public static Path keep(Path copy) {
        String name = copy.getFileName().toString();
        if (!name.endsWith(".yaml") || name.endsWith(".kept.yaml")) {
            return copy;
        }
        Path kept = copy.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".kept.yaml");
        try {
            Files.move(copy, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException | UnsupportedOperationException e) {
            return copy;
        }
    }

    /**
     * Makes a new working copy of application {@code id} in {@code folder} with {@code content}
     * (mode 0600), already held as being edited.
     */
    static Copy create(Path folder, String id, byte[] content) throws IOException {
        Path lockFile = folder.resolve(LOCK).toAbsolutePath().normalize();
        synchronized (OPEN) {
            Shared shared = OPEN.get(lockFile);
            if (shared == null) {
                shared = new Shared(FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))));
                OPEN.put(lockFile, shared);
            }
            shared.holders++;
            try {
                for (int attempt = 0; attempt < 100; attempt++) {
                    long n = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
                    Path copy = folder.resolve("." + id + ".edit-" + n + ".yaml");
                    FileLock place;
                    try {
                        // the place first: no one may see the copy before it is held
                        place = shared.channel.tryLock(place(n), 1, false);
                    } catch (OverlappingFileLockException e) {
                        place = null;
                    }
                    if (place == null) {
                        continue; // another edit's place, by chance
                    }
                    try {
                        write(copy, content);
                        return new Copy(copy, lockFile, place);
                    } catch (FileAlreadyExistsException e) {
                        place.release();
                    } catch (IOException | RuntimeException e) {
                        place.release();
                        throw e;
                    }
                }
                throw new IOException("could not make a working copy in " + folder);
            } catch (IOException | RuntimeException e) {
                if (--shared.holders == 0) {
                    OPEN.remove(lockFile);
                    shared.channel.close();
                }
                throw e;
            }
        }
    }

    private static void write(Path copy, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(copy, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                Files.deleteIfExists(copy);
            }
            throw e;
        }
    }

    /**
     * The working copies in {@code folder} that no running edit holds, sorted by name. Reads only
     * the copies' names and, to say whether one holds a change, its bytes beside the file's.
     */
    static List<Abandoned> abandoned(Path folder) throws IOException {
        List<Path> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, ".*.edit-*.yaml")) {
            for (Path p : dir) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Ids.isValid(m.group(1)) && regular(p)) {
                    copies.add(p);
                }
            }
        }
        if (copies.isEmpty()) {
            return List.of();
        }
        copies.sort(null);
        Path lockFile = folder.resolve(LOCK).toAbsolutePath().normalize();
        List<Abandoned> found = new ArrayList<>();
        synchronized (OPEN) {
            Shared shared = OPEN.get(lockFile);
            FileChannel channel = shared != null ? shared.channel : openToLook(lockFile);
            try {
                for (Path copy : copies) {
                    Matcher m = NAME.matcher(copy.getFileName().toString());
                    m.matches();
                    boolean kept = m.group(3) != null;
                    if (kept || channel == null || !held(channel, place(m.group(2)))) {
                        Path file = folder.resolve(m.group(1) + ".yaml");
                        found.add(new Abandoned(m.group(1), copy, file, kept, same(copy, file)));
                    }
                }
            } finally {
                // no edit of this JVM holds a place in it (else it would be shared), so closing drops none
                if (shared == null && channel != null) {
                    channel.close();
                }
            }
        }
        return found;
    }

    /** The lock file, to look at places; null when there is none (then no edit is running). */
    private static FileChannel openToLook(Path lockFile) throws IOException {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether a running edit holds this place: a shared lock on it is refused. */
    private static boolean held(FileChannel channel, long place) throws IOException {
        try {
            FileLock look = channel.tryLock(place, 1, true);
            if (look == null) {
                return true;
            }
            look.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // an edit in this JVM holds it
        }
    }

    private static long place(long n) {
        return Math.floorMod(n, PLACES);
    }

    private static long place(String digits) {
        try {
            return Long.remainderUnsigned(Long.parseUnsignedLong(digits), PLACES);
        } catch (NumberFormatException e) {
            return Math.floorMod((long) digits.hashCode(), PLACES);
        }
    }

    private static boolean regular(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the copy has the very bytes of the file (an edit killed before anything was saved). */
    private static boolean same(Path copy, Path file) {
        try {
            long size = Files.size(copy);
            // never open what is not a regular file (a FIFO would block the read)
            return Files.isRegularFile(file) && size <= FileText.MAX_SIZE && size == Files.size(file)
                    && Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(file));
        } catch (IOException e) {
            return false;
        }
    }

    /** A path as a shell reads it back: as is when plain, else in single quotes. */
    static String shell(Path p) {
        String s = p.toString();
        if (s.matches("[A-Za-z0-9_./@%+=:,-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
