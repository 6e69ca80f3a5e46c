package followup.store;

import followup.DidYouMean;
import followup.Trace;
import followup.UserException;
import followup.cache.AnswerCache;
import followup.model.Application;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The data home's applications folder, one {@code <id>.yaml} per application, as the commands
 * use it. Reads report every bad file and go on ({@link FolderReader}); writes are atomic, hold
 * the lock for read-modify-write ({@link FolderWriter}, {@link StoreLock}), and edit the file's
 * text in place so comments and unknown keys survive ({@link ApplicationEdits}).
 */
public final class Store {

    /** Files larger than this are refused before they are read, and never written. */
    public static final long MAX_SIZE = FileText.MAX_SIZE;

    /** The time now in nanoseconds since the epoch. */
    public static final LongSupplier WALL_CLOCK = new WallClock();

    private final Path home;
    private final Path folder;
    private final Listener listener;
    private final Path cache;
    private final String build;
    private final LongSupplier clock;
    private final Trace trace;
    /** Made on first use: a run that prints a kept answer reads no file, and loads neither. */
    private FolderReader reader;
    private FolderWriter writer;

    public Store(Path home) {
        this(home, Listener.NONE);
    }

    /** A store that tells {@code listener} about every file it writes. */
    public Store(Path home, Listener listener) {
        this(home, listener, null, null);
    }

    /**
     * A store whose {@link #loadAll()} keeps an index of parsed applications in {@code cache}
     * (see {@link ApplicationIndex}); none when {@code cache} is null.
     *
     * @param build the build id: an index written by another build is not used
     */
    public Store(Path home, Listener listener, Path cache, String build) {
        this(home, listener, cache, build, WALL_CLOCK);
    }

    /**
     * As above, with the clock that tells whether a file changed long enough ago to be indexed
     * (nanoseconds since the epoch); tests and the class-data training pass one that runs ahead.
     */
    public Store(Path home, Listener listener, Path cache, String build, LongSupplier clock) {
        this(home, listener, cache, build, clock, Trace.OFF);
    }

    /** As above, telling {@code trace} the phases of {@link #loadAll}. */
    public Store(Path home, Listener listener, Path cache, String build, LongSupplier clock, Trace trace) {
        this.home = home;
        this.folder = home.resolve("applications");
        this.listener = listener;
        this.cache = cache;
        this.build = build;
        this.clock = clock;
        this.trace = trace;
    }

    // a class: a lambda costs a bootstrap on every run
    private static final class WallClock implements LongSupplier {
        @Override
        public long getAsLong() {
            return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        }
    }

    /**
     * Told after each successful write, so whatever a command changed can be recorded afterwards
     * (a git commit when the home is a repository) without every command having to remember it;
     * and of what a writing command must tell the person about the folder (an abandoned edit).
     */
    @FunctionalInterface
    public interface Listener {
        // a class, not a lambda: every run initialises this interface (the root command listens),
        // and StartupIT allows no lambda on the kept-answer path
        Listener NONE = new Listener() {
            @Override
            public void written(String file, String summary) {
            }
        };

        /**
         * @param file the file written, relative to the home ({@code applications/acme.yaml})
         * @param summary what happened, as a commit message says it ({@code acme: log thanks (2026-11-23)})
         */
        void written(String file, String summary);

        /**
         * Told, the first time a command takes the lock (or adds, or starts an edit), of each
         * working copy an {@code edit} left behind when it was killed: a person must hear of it,
         * since it may hold their unsaved work (SPEC §8).
         *
         * @param notice what {@link EditCopies.Abandoned#notice()} says: a line, then the commands
         */
        default void abandoned(String notice) {
        }
    }

    public Path home() {
        return home;
    }

    public Path folder() {
        return folder;
    }

    private FolderReader reader() {
        if (reader == null) {
            reader = new FolderReader(folder, cache == null ? null : new ApplicationIndex(cache, folder, build, clock),
                    trace);
        }
        return reader;
    }

    private FolderWriter writer() {
        if (writer == null) {
            writer = new FolderWriter(home, folder, listener);
        }
        return writer;
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * The applications that could be read, a problem for each file that could not, and a warning
     * for each likely typo of one of our keys in those read ({@link KeyTypos}).
     */
    public record Loaded(List<Application> applications, List<Problem> problems, List<Problem> warnings) {
        /** The application with this id among those read, if it could be read. */
        public Optional<Application> find(String id) {
            return applications.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        /** The warnings about the file of this id. */
        public List<Problem> warnings(String id) {
            List<Problem> of = new ArrayList<>();
            for (Problem p : warnings) {
                if (p.relative().equals(Ids.relative(id))) {
                    of.add(p);
                }
            }
            return of;
        }
    }

    /** The file of an id; refuses anything that is not an id (so never a path). */
    public Path file(String id) {
        return Ids.file(folder, id);
    }

    /** The ids on disk, sorted. Names that are not ids (dot files, temp files) are not applications. */
    public List<String> ids() throws IOException {
        return Ids.list(folder);
    }

    /**
     * Every application, sorted by id, and a problem for each file that could not be read. With an
     * index, a file whose name, size, times and inode are unchanged since it was parsed is not parsed
     * again; the result is the same either way.
     */
    public Loaded loadAll() throws IOException {
        return loadAll(null);
    }

    /**
     * As {@link #loadAll()}, taking each file's key from {@code seen} (made before any file was
     * read, as a key must be) rather than examining the file again; null: examine each.
     */
    public Loaded loadAll(AnswerCache.Fingerprint seen) throws IOException {
        return reader().loadAll(seen);
    }

    /** How many files the last {@link #loadAll()} parsed (the rest came from the index); for tests. */
    int parsed() {
        return reader().parsed;
    }

    /** One application; unknown ids are a data error naming the ids that exist. */
    public Application load(String id) {
        requireExists(id);
        try {
            return reader().read(id).application();
        } catch (InvalidFileException e) {
            throw UserException.data(e.problem().toString());
        }
    }

    public boolean exists(String id) {
        return Files.exists(file(id), LinkOption.NOFOLLOW_LINKS) || Files.exists(file(id));
    }

    /** Refuses an unknown id with a data error naming the ids that exist; does not read the file. */
    public void requireExists(String id) {
        if (!exists(id)) {
            List<String> known;
            try {
                known = ids();
            } catch (IOException e) {
                known = List.of();
            }
            throw UserException.data("no application '" + id + "'" + (known.isEmpty()
                    ? " (there are none yet; add one with 'followup add COMPANY')"
                    : DidYouMean.hint(id, known) + (known.size() <= 10 ? " (known ids: " + String.join(", ", known) + ")"
                            : " ('followup list' shows them)")));
        }
    }

    /**
     * Warnings about the keys of an application file's text: an unknown key one or two edits from
     * one of ours ({@link KeyTypos}), for {@code edit}'s copy; a loaded file's are in
     * {@link Loaded#warnings()}. A file that does not read is reported elsewhere.
     */
    public List<Problem> typos(String id, byte[] bytes) {
        return reader().typos(id, bytes);
    }

    /** Parses an application file's bytes; {@code shown} is the path used in messages. */
    public static Application parse(String id, byte[] bytes, String shown) throws InvalidFileException {
        return FolderReader.parse(id, bytes, shown, shown).application();
    }

    /**
     * What a file that is not a regular file is, in words ({@code a FIFO}, {@code a folder}, ...),
     * as messages name it; read from its attributes, never by opening it.
     */
    public static String kind(Path file) {
        return FileText.kind(file);
    }

    /**
     * Refuses, as a data error naming the file, an application file that is not a regular file;
     * for commands that open the file themselves ({@code edit}). Never opens it.
     */
    public void requireRegularFile(String id) throws IOException {
        try {
            FileText.regularFile(file(id), file(id).toString(), Ids.relative(id));
        } catch (InvalidFileException e) {
            throw UserException.data(e.problem().toString());
        }
    }

    // ---- writing ------------------------------------------------------------------------------

    /**
     * What one command changes in an application. Null fields change nothing. The log entry goes
     * into the log in date order; the interview into the interviews.
     */
    public record Update(LogEntry log, Interview interview, Status status, LocalDate decisionBy) {
        public static final Update NONE = new Update(null, null, null, null);

        /** What this update does to application {@code id}, in words: {@code acme: log thanks (2026-11-23)}. */
        String summary(String id) {
            if (log != null) {
                return id + ": log " + log.event().id() + " (" + log.date() + ")";
            }
            if (interview != null) {
                return id + ": log interview (" + interview.date() + ")";
            }
            return id + ": update";
        }
    }

    /**
     * Read-modify-write under the lock: {@code decide} sees the current application and says what
     * to change. If the file changes on disk while we work (an editor without our lock), we start
     * over from the new content, so no one's change is lost; after three tries we give up
     * without writing.
     *
     * @return the application as written
     */
    public Application update(String id, Function<Application, Update> decide) throws IOException {
        requireExists(id);
        return writer().update(id, decide);
    }

    /**
     * Creates a new application file. The id is {@code id} when given (refused if taken), else
     * made from the company with {@code -2}, {@code -3}, ... on collision. Never overwrites.
     *
     * @return the id used
     */
    public String create(String id, Application application) throws IOException {
        return writer().create(id, application);
    }

    /**
     * Creates a new application file with {@code text} (made by {@link ApplicationTrees#render}),
     * as {@code preferred} or, when that id is taken, {@code preferred-2}, {@code -3}, ... Never
     * overwrites, and never writes what it would refuse to read; {@code summary} is what the
     * listener is told (one commit for a whole import).
     *
     * @return the id used
     */
    public String create(String preferred, String text, String summary) throws IOException {
        return writer().create(preferred, text, summary);
    }

    /** Deletes an application's file, under the lock; a commit of its own when the home is a repository. */
    public void remove(String id) throws IOException {
        requireExists(id);
        writer().remove(id);
    }

    /**
     * Replaces a file with text a person edited (used by {@code edit}), if it reads back as a
     * later read will read it; otherwise a data error, and nothing is written.
     */
    public void replace(String id, byte[] expectedOld, byte[] content) throws IOException {
        writer().replace(id, expectedOld, content);
    }

    /** The file changed on disk since it was read. */
    public static final class ConcurrentChangeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Creates the home and the applications folder with mode 0700 where missing. */
    public void ensureFolders() throws IOException {
        writer().ensureFolders();
    }

    /** Creates {@code dir} and its missing parents with mode 0700. */
    public static void createPrivate(Path dir) throws IOException {
        FolderWriter.createPrivate(dir);
    }

    /** The store's lock ({@link StoreLock}), held while reading, deciding and writing. */
    public StoreLock lock() throws IOException {
        return writer().lock();
    }

    // ---- working copies of edit ---------------------------------------------------------------

    /**
     * A new working copy of application {@code id} for {@code edit}, holding {@code content}, held
     * as being edited until it is closed (closing keeps the file: delete it first when done).
     * Names any copy an earlier, killed edit left behind, first.
     */
    public EditCopies.Copy editCopy(String id, byte[] content) throws IOException {
        return writer().editCopy(id, content);
    }

    /** The working copies that no running {@code edit} holds: their edit was killed (for {@code check}). */
    public List<EditCopies.Abandoned> abandonedEdits() throws IOException {
        return EditCopies.abandoned(folder);
    }
}
