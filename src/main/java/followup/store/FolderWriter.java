package followup.store;

import followup.UserException;
import followup.model.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Writing the applications folder: every write is atomic ({@link AtomicFiles}), a change is a
 * read-modify-write under the {@link StoreLock} that starts over when someone else wrote the
 * file meanwhile, nothing is written that a later read would refuse, and the listener hears of
 * each file written and, once, of the working copies a killed {@code edit} left behind.
 */
final class FolderWriter {

    private static final int ATTEMPTS = 3;
    /** Temp files older than this were left by a killed writer (a live one keeps its for milliseconds). */
    static final Duration STALE_TEMP = Duration.ofHours(1);

    private final Path home;
    private final Path folder;
    private final Store.Listener listener;
    /** Whether the listener has been told of abandoned edit copies (once per store: once per command). */
    private boolean toldAbandoned;

    FolderWriter(Path home, Path folder, Store.Listener listener) {
        this.home = home;
        this.folder = folder;
        this.listener = listener;
    }

    /** Creates the home and the applications folder with mode 0700 where missing. */
    void ensureFolders() throws IOException {
        createPrivate(home);
        createPrivate(folder);
    }

    /** Creates {@code dir} and its missing parents with mode 0700. */
    static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivate(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    /** Takes the store's lock; then tells of the edits left behind, as every writing command must. */
    StoreLock lock() throws IOException {
        ensureFolders();
        StoreLock lock = StoreLock.take(folder);
        try {
            tellAbandoned();
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /** See {@link Store#update}; the application is known to exist. */
    Application update(String id, Function<Application, Store.Update> decide) throws IOException {
        Path file = Ids.file(folder, id);
        try (StoreLock lock = lock()) {
            AtomicFiles.removeStale(file, STALE_TEMP);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FolderReader.Read current;
                try {
                    current = FolderReader.read(folder, id);
                } catch (InvalidFileException e) {
                    // edit mends a file's text; it cannot open a FIFO or a folder
                    throw UserException.data(e.problem() + (Files.isRegularFile(file)
                            ? " (fix it with 'followup edit " + id + "')" : ""));
                }
                Store.Update update = decide.apply(current.application());
                YamlDocument changed = ApplicationEdits.apply(current, update, file);
                if (changed == null) {
                    return current.application();
                }
                byte[] bytes = changed.text().getBytes(StandardCharsets.UTF_8);
                // read back exactly as the next run will, before anything is written
                Application written = ApplicationEdits.readable(id, bytes, file.toString(), "the change");
                // the last look comes after the new text is on disk, right before the rename; if
                // someone wrote the file meanwhile, redo the change on top of theirs
                if (AtomicFiles.replaceIf(file, bytes, real -> unchanged(real, current.bytes()))) {
                    listener.written(Ids.relative(id), update.summary(id));
                    return written;
                }
            }
        }
        throw UserException.data(file + " kept changing while followup was updating it; nothing was written, try again");
    }

    private static boolean unchanged(Path file, byte[] expected) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(file), expected);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** See {@link Store#create(String, Application)}. */
    String create(String id, Application application) throws IOException {
        ensureFolders();
        // add takes no lock (a hard link makes it safe), but it is a write: say what an edit left
        tellAbandoned();
        if (id != null) {
            Path file = Ids.file(folder, id);
            if (!AtomicFiles.createNew(file, render(id, application))) {
                throw UserException.data("an application '" + id + "' already exists; choose another --id");
            }
            listener.written(Ids.relative(id), "add " + id);
            return id;
        }
        String base = Ids.slug(application.company());
        for (int n = 1; n < 10_000; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (AtomicFiles.createNew(Ids.file(folder, candidate), render(candidate, application))) {
                listener.written(Ids.relative(candidate), "add " + candidate);
                return candidate;
            }
        }
        throw UserException.data("too many applications named like '" + base + "'; choose an --id");
    }

    private byte[] render(String id, Application application) {
        byte[] bytes = ApplicationEdits.render(application).getBytes(StandardCharsets.UTF_8);
        ApplicationEdits.readable(id, bytes, Ids.file(folder, id).toString(), "the new application");
        return bytes;
    }

    /** See {@link Store#create(String, String, String)}. */
    String create(String preferred, String text, String summary) throws IOException {
        ensureFolders();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ApplicationEdits.readable(preferred, bytes, Ids.file(folder, preferred).toString(), "the new application");
        for (int n = 1; n < 10_000; n++) {
            String candidate = Ids.numbered(preferred, n);
            if (AtomicFiles.createNew(Ids.file(folder, candidate), bytes)) {
                listener.written(Ids.relative(candidate), summary);
                return candidate;
            }
        }
        throw UserException.data("too many applications named like '" + preferred + "'");
    }

    /** Deletes a known application's file, under the lock. */
    void remove(String id) throws IOException {
        try (StoreLock lock = lock()) {
            Files.delete(Ids.file(folder, id));
            listener.written(Ids.relative(id), "rm " + id);
        } catch (NoSuchFileException e) {
            throw UserException.data("no application '" + id + "': it was deleted meanwhile");
        }
    }

    /** See {@link Store#replace}. */
    void replace(String id, byte[] expectedOld, byte[] content) throws IOException {
        Path file = Ids.file(folder, id);
        ApplicationEdits.readable(id, content, file.toString(), "the edit");
        try (StoreLock lock = lock()) {
            if (!AtomicFiles.replaceIf(file, content, real -> unchanged(real, expectedOld))) {
                throw new Store.ConcurrentChangeException();
            }
        }
        listener.written(Ids.relative(id), id + ": edit");
    }

    /** See {@link Store#editCopy}. */
    EditCopies.Copy editCopy(String id, byte[] content) throws IOException {
        Ids.file(folder, id);
        ensureFolders();
        tellAbandoned();
        return EditCopies.create(folder, id, content);
    }

    /** Tells the listener of abandoned copies, once; a folder that cannot be listed is left to the command. */
    private void tellAbandoned() {
        if (toldAbandoned) {
            return;
        }
        toldAbandoned = true;
        List<EditCopies.Abandoned> abandoned;
        try {
            abandoned = EditCopies.abandoned(folder);
        } catch (IOException e) {
            return; // the command itself reads or writes this folder and says what is wrong with it
        }
        for (EditCopies.Abandoned a : abandoned) {
            listener.abandoned(a.notice());
        }
    }
}
