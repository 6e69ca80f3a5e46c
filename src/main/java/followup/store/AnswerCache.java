package followup.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The last answer of a command that only reads ({@code today}; help), kept with a fingerprint of all it
 * was made from: the command's parameters and the name, size, modification time, change time and
 * inode of every file it read. A later run whose fingerprint is byte for byte the same prints the
 * kept answer instead of loading, scheduling and printing again; anything else (a hand edit, a new
 * file, another day, another option, another width) is a different fingerprint and a fresh answer.
 * A prompt or status bar that runs {@code followup today} over and over so pays for the work once
 * per change, not once per run.
 *
 * <p>Like {@link ApplicationIndex}, of which it uses the file keys and the rules, it is only an
 * accelerator: no fingerprint is made while a file is too recently changed for its times to show
 * the next change ({@link ApplicationIndex#RACY_NANOS}) or when a file's attributes cannot be read,
 * and a missing, torn or foreign cache file is simply not used. One answer per cache file (for
 * {@code today}, one per data home), in the private cache folder (0700; the file 0600).
 */
public final class AnswerCache {

    private static final int MAGIC = 0x46555841; // "FUXA"
    private static final int FORMAT = 1;

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
     * from (by file name), which {@link Store#loadAll(Fingerprint)} uses rather than examine
     * every file again.
     */
    public static final class Fingerprint {
        final byte[] bytes;
        final Map<String, ApplicationIndex.Key> keys;

        Fingerprint(byte[] bytes, Map<String, ApplicationIndex.Key> keys) {
            this.bytes = bytes;
            this.keys = keys;
        }

        /** How many application files it covers. */
        public int size() {
            return keys.size();
        }
    }

    private final Path cache;
    private final Path file;
    private final String build;
    private final LongSupplier clock;

    /**
     * @param cache the cache folder ({@code ~/.cache/followup})
     * @param home  the data home the answers are about
     * @param build the build that makes them; another build's answer is not used
     * @param clock the time now in nanoseconds since the epoch, to tell a recent change
     */
    public AnswerCache(Path cache, Path home, String build, LongSupplier clock) {
        this(cache, ApplicationIndex.fileName("answer-", home.toAbsolutePath().normalize()), build, clock);
    }

    /** The answers kept in the file {@code name} of the cache folder. */
    public AnswerCache(Path cache, String name, String build, LongSupplier clock) {
        this.cache = cache;
        this.file = cache.resolve(name);
        this.build = build;
        this.clock = clock;
    }

    /** The fingerprint of an answer that depends on these parameters alone (no file). */
    public Fingerprint fingerprint(String parameters) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            ApplicationIndex.string(out, build);
            ApplicationIndex.string(out, parameters);
            return new Fingerprint(bytes.toByteArray(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a ByteArrayOutputStream
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
     * @param parameters everything besides the files that the answer depends on
     */
    public Fingerprint fingerprint(String parameters, Path file, Path folder) {
        String[] names = folder.toFile().list(); // one call: a DirectoryStream is ten times slower cold
        if (names == null) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * names.length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            ApplicationIndex.string(out, build);
            ApplicationIndex.string(out, parameters);
            ApplicationIndex.string(out, file.toString());
            if (!key(out, ApplicationIndex.key(file), file)) {
                return null;
            }
            Map<String, ApplicationIndex.Key> keys = new HashMap<>(names.length * 2);
            for (String name : names) {
                if (name.endsWith(".yaml")) {
                    ApplicationIndex.string(out, name);
                    Path f = folder.resolve(name);
                    ApplicationIndex.Key key = ApplicationIndex.key(f);
                    if (!key(out, key, f)) {
                        return null;
                    }
                    keys.put(name, key);
                }
            }
            return keys.isEmpty() ? null : new Fingerprint(bytes.toByteArray(), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a ByteArrayOutputStream
        }
    }

    /** Writes the key of {@code file}, or that there is none; false when the file cannot be trusted. */
    private boolean key(DataOutputStream out, ApplicationIndex.Key key, Path file) throws IOException {
        if (key == null) {
            out.writeByte(0);
            return !Files.exists(file, LinkOption.NOFOLLOW_LINKS); // there, but its attributes cannot be read
        }
        if (!ApplicationIndex.settled(key, clock)) {
            return false;
        }
        out.writeByte(1);
        out.writeLong(key.size);
        out.writeLong(key.modified);
        out.writeLong(key.changed);
        ApplicationIndex.string(out, key.node);
        return true;
    }

    /** The answer kept for exactly this fingerprint, or null. Never throws. */
    public Answer find(Fingerprint seen) {
        byte[] fingerprint = seen.bytes;
        ByteBuffer in = ApplicationIndex.checked(cache, file);
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

    /** Keeps {@code answer} for {@code fingerprint}, in place of the last one. Best effort. */
    public void keep(Fingerprint seen, Answer answer) {
        byte[] fingerprint = seen.bytes;
        try {
            ApplicationIndex.writeChecked(cache, file, new ApplicationIndex.Content() {
                @Override
                public void writeTo(DataOutputStream out) throws IOException {
                    out.writeInt(MAGIC);
                    out.writeInt(FORMAT);
                    out.writeInt(fingerprint.length);
                    out.write(fingerprint);
                    out.writeInt(answer.code());
                    out.writeInt(answer.out().length);
                    out.write(answer.out());
                    out.writeInt(answer.err().length);
                    out.write(answer.err());
                }
            });
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk, a cache folder that is not ours: the next run answers afresh
        }
    }
}
