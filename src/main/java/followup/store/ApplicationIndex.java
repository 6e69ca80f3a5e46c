package followup.store;

import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
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
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The applications parsed on an earlier run, so that {@code today} on 10,000 files reads one small
 * binary file instead of parsing 10,000 YAML documents. Only an accelerator: the files stay the
 * truth (SPEC §8).
 *
 * <p>An entry is used only while its file's name, size, modification time, change time and inode
 * are exactly what they were when it was parsed; anything else (a hand edit, a file replaced by a
 * rename, a restored backup) sends the file back to the parser. The change time cannot be set by
 * a program, so even an edit that keeps the size and puts the old modification time back is seen.
 * A file changed less than {@link #RACY_NANOS} before it was read is parsed but not remembered:
 * file systems stamp times coarsely (a few milliseconds on Linux, up to two seconds elsewhere), so
 * a second edit within the same tick could otherwise look like no edit at all (git calls these
 * entries "racily clean").
 *
 * <p>The index lives in the user's cache folder (mode 0700; the file 0600: it holds personal
 * data), one file per data home, written to a temp file and renamed. A missing, truncated,
 * corrupt (checksum) or foreign (another build, another folder) index is ignored and rebuilt.
 */
final class ApplicationIndex {

    /** How recent a change may be and still be trusted to show in the file's times. */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

    private static final int MAGIC = 0x46555849; // "FUXI"
    private static final int FORMAT = 5; // 2: url; 3: contacts' anchor and address, entries' deadline and link; 4: message-id; 5: skipped's action and until
    private static final long NO_DATE = Long.MIN_VALUE;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    /**
     * What identifies one version of a file; {@code node} is the device and inode when known.
     * (Not a record: a record's equals is linked through method handles on first use, a cost
     * every run would pay.)
     */
    static final class Key {
        final long size;
        final long modified;
        final long changed;
        final String node;

        Key(long size, long modified, long changed, String node) {
            this.size = size;
            this.modified = modified;
            this.changed = changed;
            this.node = node;
        }

        boolean sameAs(Key other) {
            return other != null && size == other.size && modified == other.modified && changed == other.changed
                    && node.equals(other.node);
        }
    }

    /** An application as parsed from a file with that key. */
    record Entry(Key key, Application application) {
    }

    private final Path cache;
    private final Path folder;
    private final String build;
    private final LongSupplier clock;

    /**
     * @param cache  the cache folder ({@code ~/.cache/followup})
     * @param folder the applications folder the index is for
     * @param build  the build that writes it; another build's index is ignored (its parser may differ)
     * @param clock  the current time in nanoseconds since the epoch, to tell a recent change
     */
    ApplicationIndex(Path cache, Path folder, String build, LongSupplier clock) {
        this.cache = cache;
        this.folder = folder.toAbsolutePath().normalize();
        this.build = build;
        this.clock = clock;
    }

    /** The index file: one per data home, named by a hash of its folder (the folder is also stored inside). */
    Path file() {
        return cache.resolve(fileName("index-", folder));
    }

    /** {@code prefix}, a hash of {@code folder}'s path, {@code .bin}: one cache file per data home. */
    static String fileName(String prefix, Path folder) {
        String path = folder.toString();
        long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a
        for (int i = 0; i < path.length(); i++) {
            hash = (hash ^ path.charAt(i)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return prefix + "0".repeat(16 - hex.length()) + hex + ".bin";
    }

    /**
     * The key of a file as it is now, read before its content (so that a change racing the read
     * gives a key that no longer matches, never content that does), or null when it cannot be had.
     */
    static Key key(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new Key((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                    a.get("dev") + ":" + a.get("ino"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no "unix" view (Windows): size, times and whatever file key the platform has
            try {
                var a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Key(a.size(), nanos(a.lastModifiedTime()), nanos(a.creationTime()),
                        String.valueOf(a.fileKey()));
            } catch (IOException ex) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    /** Whether a file with this key changed long enough ago for its times to tell the next change. */
    boolean settled(Key key) {
        return settled(key, clock);
    }

    static boolean settled(Key key, LongSupplier clock) {
        return clock.getAsLong() - Math.max(key.modified, key.changed) > RACY_NANOS;
    }

    /** The entries by file name; empty when there is no usable index. Never throws. */
    Map<String, Entry> read() {
        ByteBuffer in = checked(cache, file());
        if (in == null) {
            return Map.of();
        }
        try {
            return decode(in);
        } catch (RuntimeException e) {
            return Map.of(); // truncated or corrupt: rebuilt by this run
        }
    }

    private Map<String, Entry> decode(ByteBuffer in) {
        if (in.getInt() != MAGIC || in.getInt() != FORMAT || !build.equals(string(in))
                || !folder.toString().equals(string(in))) {
            return Map.of();
        }
        int n = count(in);
        Map<String, Entry> entries = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String name = string(in);
            Key key = new Key(in.getLong(), in.getLong(), in.getLong(), string(in));
            String id = name.substring(0, name.length() - ".yaml".length());
            entries.put(name, new Entry(key, application(in, id)));
        }
        return entries;
    }

    /**
     * Replaces the index with {@code entries} (file name to entry). Best effort: a cache that
     * cannot be written only means the next run parses again.
     */
    void write(Map<String, Entry> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * entries.size() + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, build);
            string(out, folder.toString());
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Key key = e.getValue().key();
                string(out, e.getKey());
                out.writeLong(key.size);
                out.writeLong(key.modified);
                out.writeLong(key.changed);
                string(out, key.node);
                application(out, e.getValue().application());
            }
            writeChecked(cache, file(), bytes);
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk, a cache folder that is not ours: run without the index
        }
    }

    /**
     * Writes {@code bytes} and their checksum to {@code file} in the private folder {@code cache}
     * (made 0700 if need be; the file is 0600), through a temp file and a rename. No fsync: a file
     * torn by a power cut fails its checksum ({@link #checked}) and is made again.
     */
    static void writeChecked(Path cache, Path file, ByteArrayOutputStream bytes) throws IOException {
        writeChecked(cache, file, new Content() {
            @Override
            public void writeTo(DataOutputStream out) throws IOException {
                bytes.writeTo(out);
            }
        });
    }

    /** What {@link #writeChecked(Path, Path, Content)} writes, streamed (megabytes at 10,000 applications). */
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** As above, the bytes streamed to the file as {@code content} writes them, never all in memory. */
    static void writeChecked(Path cache, Path file, Content content) throws IOException {
        Store.createPrivate(cache);
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
     * What {@link #writeChecked} wrote to {@code file}, without its checksum; null when there is
     * no such file (or it is not a regular file), the folder is not private, or the checksum
     * fails. Never throws.
     */
    static ByteBuffer checked(Path cache, Path file) {
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

    // ---- the encoding: DataOutputStream primitives, strings as UTF-8 with a length (-1 for null)

    private static void application(DataOutputStream out, Application a) throws IOException {
        string(out, a.company());
        string(out, a.role());
        out.writeByte(a.status().ordinal());
        string(out, a.source());
        string(out, a.url());
        date(out, a.applied());
        out.writeInt(a.contacts().size());
        for (Contact c : a.contacts()) {
            string(out, c.name());
            string(out, c.title());
            string(out, c.email());
            string(out, c.phone());
            string(out, c.linkedin());
            string(out, c.anchor());
            string(out, c.address());
        }
        out.writeInt(a.interviews().size());
        for (Interview i : a.interviews()) {
            date(out, i.date());
            out.writeInt(i.time() == null ? -1 : i.time().toSecondOfDay());
            out.writeInt(i.with().size());
            for (String w : i.with()) {
                string(out, w);
            }
            string(out, i.kind());
            string(out, i.messageId());
        }
        date(out, a.decisionBy());
        string(out, a.anchor());
        string(out, a.notes());
        out.writeInt(a.log().size());
        for (LogEntry e : a.log()) {
            date(out, e.date());
            out.writeByte(e.event().ordinal());
            string(out, e.note());
            date(out, e.decisionBy());
            string(out, e.with());
            date(out, e.deadline());
            string(out, e.link());
            string(out, e.messageId());
            string(out, e.action());
            date(out, e.until());
        }
    }

    private static Application application(ByteBuffer in, String id) {
        String company = string(in);
        String role = string(in);
        Status status = Status.values()[in.get()];
        String source = string(in);
        String url = string(in);
        LocalDate applied = date(in);
        int n = count(in);
        List<Contact> contacts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            contacts.add(new Contact(string(in), string(in), string(in), string(in), string(in), string(in),
                    string(in)));
        }
        n = count(in);
        List<Interview> interviews = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate date = date(in);
            int seconds = in.getInt();
            LocalTime time = seconds < 0 ? null : LocalTime.ofSecondOfDay(seconds);
            int m = count(in);
            String[] with = new String[m];
            for (int k = 0; k < m; k++) {
                with[k] = string(in);
            }
            interviews.add(new Interview(date, time, Arrays.asList(with), string(in), string(in)));
        }
        LocalDate decisionBy = date(in);
        String anchor = string(in);
        String notes = string(in);
        n = count(in);
        List<LogEntry> log = new ArrayList<>(n);
        EventType[] events = EventType.values();
        for (int i = 0; i < n; i++) {
            log.add(new LogEntry(date(in), events[in.get()], string(in), date(in), string(in), date(in),
                    string(in), string(in), string(in), date(in)));
        }
        return new Application(id, company, role, status, source, url, applied, contacts, interviews, decisionBy,
                anchor, notes, log);
    }

    /** A count that fits in what is left (a corrupt one would otherwise allocate wildly). */
    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("corrupt count");
        }
        return n;
    }

    private static void date(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    private static LocalDate date(ByteBuffer in) {
        long day = in.getLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String string(ByteBuffer in) {
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
}
