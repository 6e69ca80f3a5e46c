package followup.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What identifies one version of a file, for the caches: its size, modification time, change
 * time and inode (with its device). A cache entry is used only while its file's key is exactly
 * what it was when the entry was made; anything else (a hand edit, a file replaced by a rename, a
 * restored backup) sends the file back to the parser. The change time cannot be set by a program,
 * so even an edit that keeps the size and puts the old modification time back is seen.
 *
 * <p>A file changed less than {@link #RACY_NANOS} ago is not {@link #settled}: file systems stamp
 * times coarsely (a few milliseconds on Linux, up to two seconds elsewhere), so a second edit
 * within the same tick could look like no edit at all (git calls these entries "racily clean").
 *
 * <p>Not a record: a record's equals is linked through method handles on first use, a cost every
 * run would pay.
 */
public final class FileKey {

    /** How recent a change may be and still be trusted to show in the file's times. */
    public static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final long size;
    private final long modified;
    private final long changed;
    /** The device and inode when known. */
    private final String node;

    FileKey(long size, long modified, long changed, String node) {
        this.size = size;
        this.modified = modified;
        this.changed = changed;
        this.node = node;
    }

    /**
     * The key of a file as it is now, read before its content (so that a change racing the read
     * gives a key that no longer matches, never content that does), or null when it cannot be had.
     */
    public static FileKey of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileKey((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                    a.get("dev") + ":" + a.get("ino"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no "unix" view (Windows): size, times and whatever file key the platform has
            try {
                var a = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileKey(a.size(), nanos(a.lastModifiedTime()), nanos(a.creationTime()),
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

    /** Whether {@code other} is the same version of the file. */
    public boolean sameAs(FileKey other) {
        return other != null && size == other.size && modified == other.modified && changed == other.changed
                && node.equals(other.node);
    }

    /**
     * Whether the file changed long enough ago for its times to tell the next change.
     *
     * @param clock the time now in nanoseconds since the epoch
     */
    public boolean settled(LongSupplier clock) {
        return clock.getAsLong() - Math.max(modified, changed) > RACY_NANOS;
    }

    /** Writes the key as {@link #read} reads it back. */
    public void write(DataOutputStream out) throws IOException {
        out.writeLong(size);
        out.writeLong(modified);
        out.writeLong(changed);
        CacheFile.putString(out, node);
    }

    /** A key as {@link #write} wrote it. */
    public static FileKey read(ByteBuffer in) {
        return new FileKey(in.getLong(), in.getLong(), in.getLong(), CacheFile.string(in));
    }
}
