package followup.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The last answers of a command that only reads ({@code today}; help), each kept with a fingerprint
 * of all it was made from: the command's parameters, given as a value (its options and what the
 * run took from its surroundings: see {@link #value}), and the name, size, modification time,
 * change time and inode of every file it read. A later run whose fingerprint is byte for byte the
 * same prints the kept answer instead of loading, scheduling and printing again; anything else (a
 * hand edit, a new file, another day, another option, another width) is a different fingerprint
 * and a fresh answer. A prompt or status bar that runs {@code followup today} over and over so
 * pays for the work once per change, not once per run.
 *
 * <p>One file per distinct set of parameters (named by their hash), so that a prompt running
 * {@code today --quiet} and a status bar running {@code today --json} do not replace each other's
 * answer; a change to the files replaces the answer in place. The answers of one group (for
 * {@code today}, one data home) are at most {@link #KEPT} files: writing one more removes the
 * least recently written.
 *
 * <p>Like the store's index of parsed applications, with which it shares the file keys and their
 * rules ({@link FileKey}), it is only an accelerator: no fingerprint is made while a file is too
 * recently changed for its times to show the next change ({@link FileKey#RACY_NANOS}) or when a
 * file's attributes cannot be read, and a missing, torn or foreign cache file is simply not used
 * ({@link CacheFile}).
 */
public final class AnswerCache {

    private static final int MAGIC = 0x46555841; // "FUXA"
    private static final int FORMAT = 2;

    /**
     * How many answers one group keeps: enough for the lines a person runs on one day (a prompt,
     * a status bar, cron, {@code today} and {@code today --days 7} at a terminal or two) without
     * the megabytes of a big home's answers piling up.
     */
    public static final int KEPT = 8;

    /**
     * What a command printed (in UTF-8) and returned. (Not a record: its arrays would be compared
     * by reference.)
     */
    public static final class Answer {
        private final byte[] out;
        private final byte[] err;
        private final int code;

        public Answer(byte[] out, byte[] err, int code) {
            this.out = out;
            this.err = err;
            this.code = code;
        }

        public byte[] out() {
            return out;
        }

        public byte[] err() {
            return err;
        }

        public int code() {
            return code;
        }
    }

    /**
     * What an answer depends on, as bytes, and the keys of the applications' files it was made
     * from (by file name), which the store's loading takes rather than examine every file again
     * ({@link #keys}).
     */
    public static final class Fingerprint {
        final byte[] bytes;
        final Map<String, FileKey> keys;
        /** The file its answer is kept in: one per distinct set of parameters. */
        final String name;

        Fingerprint(byte[] bytes, Map<String, FileKey> keys, String name) {
            this.bytes = bytes;
            this.keys = keys;
            this.name = name;
        }

        /**
         * The key of each application file it covers, by file name, taken before any was read (as a
         * key must be); a file that is gone has a null key.
         */
        public Map<String, FileKey> keys() {
            return keys;
        }

        /** How many application files it covers. */
        public int size() {
            return keys.size();
        }

        /** Whether the two are byte for byte the same: would find each other's answer. */
        public boolean sameAs(Fingerprint other) {
            return Arrays.equals(bytes, other.bytes);
        }
    }

    private final Path cache;
    private final String group;
    private final String build;
    private final LongSupplier clock;

    /**
     * The answers about the data home {@code home}.
     *
     * @param cache the cache folder ({@code ~/.cache/followup})
     * @param home  the data home the answers are about
     * @param build the build that makes them; another build's answer is not used
     * @param clock the time now in nanoseconds since the epoch, to tell a recent change
     */
    public AnswerCache(Path cache, Path home, String build, LongSupplier clock) {
        this(cache, CacheFile.name("answer-", home.toAbsolutePath().normalize()).replace(".bin", ""), build, clock);
    }

    /** The answers whose files' names start with {@code group} (at most {@link #KEPT} of them). */
    public AnswerCache(Path cache, String group, String build, LongSupplier clock) {
        this.cache = cache;
        this.group = group;
        this.build = build;
        this.clock = clock;
    }

    /** The fingerprint of an answer that depends on these parameters alone (no file); see {@link #value}. */
    public Fingerprint fingerprint(Object parameters) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            CacheFile.putString(out, build);
            String name = name(out, bytes, parameters);
            return new Fingerprint(bytes.toByteArray(), Map.of(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a ByteArrayOutputStream
        }
    }

    /** Writes the parameters; returns the name of the file an answer to them is kept in. */
    private String name(DataOutputStream out, ByteArrayOutputStream bytes, Object parameters) throws IOException {
        int from = bytes.size();
        value(out, parameters);
        out.flush();
        byte[] written = bytes.toByteArray();
        long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a
        for (int i = from; i < written.length; i++) {
            hash = (hash ^ (written[i] & 0xff)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return group + "-" + "0".repeat(16 - hex.length()) + hex + ".bin";
    }

    /**
     * Writes {@code value} so that two values that differ in anything write different bytes, with
     * no list of fields to keep up to date: a record as every one of its components, by name; a
     * map as its entries, in its order; a list as its items; a string, number, boolean, date,
     * path or enum constant as its type and text; null as such. Anything else is refused
     * (IllegalArgumentException): an object printed as its identity would never match again.
     */
    static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('0');
        } else if (value instanceof Record r) {
            out.writeByte('R');
            CacheFile.putString(out, r.getClass().getName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                CacheFile.putString(out, c.getName());
                value(out, component(c, r));
            }
        } else if (value instanceof Map<?, ?> m) {
            out.writeByte('M');
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(out, e.getKey());
                value(out, e.getValue());
            }
        } else if (value instanceof List<?> l) {
            out.writeByte('L');
            out.writeInt(l.size());
            for (Object item : l) {
                value(out, item);
            }
        } else if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof LocalDate || value instanceof Path) {
            out.writeByte('S');
            CacheFile.putString(out, value.getClass().getName());
            CacheFile.putString(out, value.toString());
        } else if (value instanceof Enum<?> e) {
            out.writeByte('E');
            CacheFile.putString(out, e.getDeclaringClass().getName());
            CacheFile.putString(out, e.name());
        } else {
            throw new IllegalArgumentException("not a value to key an answer on: " + value.getClass().getName());
        }
    }

    private static Object component(RecordComponent c, Record r) {
        Method accessor = c.getAccessor();
        try {
            accessor.setAccessible(true); // a record in another package, not public
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e); // a record's accessor, opened just above
        }
    }

    /**
     * The fingerprint of an answer made from these parameters, this file and every {@code *.yaml}
     * file in this folder; null when there is no such file in the folder (nothing worth keeping),
     * or when a file cannot be trusted yet (changed in the last seconds) or its attributes cannot
     * be read. A file that does not exist is part of the fingerprint as such. The folder's files
     * go in the order the system lists them: an unchanged folder lists the same way, and a folder
     * listed another way only makes another fingerprint, never a wrong answer.
     *
     * @param parameters everything besides the files that the answer depends on, as a value
     *                   ({@link #value})
     */
    public Fingerprint fingerprint(Object parameters, Path file, Path folder) {
        String[] names = folder.toFile().list(); // one call: a DirectoryStream is ten times slower cold
        if (names == null) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * names.length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            CacheFile.putString(out, build);
            String kept = name(out, bytes, parameters);
            CacheFile.putString(out, file.toString());
            if (!key(out, FileKey.of(file), file)) {
                return null;
            }
            Map<String, FileKey> keys = new HashMap<>(names.length * 2);
            for (String name : names) {
                if (name.endsWith(".yaml")) {
                    CacheFile.putString(out, name);
                    Path f = folder.resolve(name);
                    FileKey key = FileKey.of(f);
                    if (!key(out, key, f)) {
                        return null;
                    }
                    keys.put(name, key);
                }
            }
            return keys.isEmpty() ? null : new Fingerprint(bytes.toByteArray(), keys, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a ByteArrayOutputStream
        }
    }

    /** Writes the key of {@code file}, or that there is none; false when the file cannot be trusted. */
    private boolean key(DataOutputStream out, FileKey key, Path file) throws IOException {
        if (key == null) {
            out.writeByte(0);
            return !Files.exists(file, LinkOption.NOFOLLOW_LINKS); // there, but its attributes cannot be read
        }
        if (!key.settled(clock)) {
            return false;
        }
        out.writeByte(1);
        key.write(out);
        return true;
    }

    /** The answer kept for exactly this fingerprint, or null. Never throws. */
    public Answer find(Fingerprint seen) {
        byte[] fingerprint = seen.bytes;
        ByteBuffer in = CacheFile.read(cache, cache.resolve(seen.name));
        if (in == null) {
            return null;
        }
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                return null;
            }
            int n = in.getInt();
            if (n != fingerprint.length || n > in.remaining()
                    || !Arrays.equals(in.array(), in.position(), in.position() + n, fingerprint, 0, n)) {
                return null;
            }
            in.position(in.position() + n);
            int code = in.getInt();
            return new Answer(bytes(in), bytes(in), code);
        } catch (RuntimeException e) {
            return null; // torn or foreign: made again by this run
        }
    }

    private static byte[] bytes(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("corrupt length");
        }
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    /**
     * Keeps {@code answer} for {@code fingerprint}, in place of the answer to the same parameters,
     * and removes the group's least recently written answers beyond {@link #KEPT}. Best effort.
     */
    public void keep(Fingerprint seen, Answer answer) {
        byte[] fingerprint = seen.bytes;
        try {
            CacheFile.write(cache, cache.resolve(seen.name), out -> {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(fingerprint.length);
                out.write(fingerprint);
                out.writeInt(answer.code());
                out.writeInt(answer.out().length);
                out.write(answer.out());
                out.writeInt(answer.err().length);
                out.write(answer.err());
            });
            evict(seen.name);
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk, a cache folder that is not ours: the next run answers afresh
        }
    }

    /** Removes the group's oldest answers (by when they were written) beyond {@link #KEPT}, never {@code kept}. */
    private void evict(String kept) throws IOException {
        String[] names = cache.toFile().list();
        if (names == null || names.length <= KEPT) {
            return;
        }
        List<Path> others = new ArrayList<>();
        for (String name : names) {
            // this group's answers, and the one answer per group of earlier builds (group.bin)
            if (name.startsWith(group) && name.endsWith(".bin") && !name.equals(kept)
                    && (name.startsWith(group + "-") || name.equals(group + ".bin"))) {
                others.add(cache.resolve(name));
            }
        }
        if (others.size() < KEPT) {
            return;
        }
        Map<Path, FileTime> written = new HashMap<>();
        for (Path p : others) {
            try {
                written.put(p, Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException e) {
                written.put(p, FileTime.fromMillis(Long.MIN_VALUE)); // gone already, or unreadable: first to go
            }
        }
        others.sort(Comparator.comparing(written::get, Comparator.reverseOrder()));
        for (Path p : others.subList(KEPT - 1, others.size())) {
            Files.deleteIfExists(p);
        }
    }
}
