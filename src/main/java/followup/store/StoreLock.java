package followup.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's lock, held while reading, deciding and writing: an OS lock on
 * {@code applications/.lock}, a file that is never renamed or deleted (locking the data file
 * itself would be undone by the atomic rename), and, first, a lock for the threads of this JVM,
 * which holds file locks for all its threads. Closing releases both.
 */
public final class StoreLock implements AutoCloseable {

    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for and takes the lock of the applications folder {@code folder}, which must exist. */
    static StoreLock take(Path folder) throws IOException {
        IN_PROCESS.lock();
        try {
            FileChannel channel = FileChannel.open(folder.resolve(".lock"), Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            try {
                return new StoreLock(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IN_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
