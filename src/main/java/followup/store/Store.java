package followup.store;

import followup.DidYouMean;
import followup.Trace;
import followup.UserException;
import followup.model.Application;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The data home's applications folder: one {@code <id>.yaml} per application. Reads report every
 * bad file and go on; writes are atomic, hold a lock for read-modify-write, and edit the file's
 * text in place so comments and unknown keys survive.
 */
public final class Store {

    /** Files larger than this are refused before they are read, and never written. */
    public static final long MAX_SIZE = 1024 * 1024;
    private static final String TOO_LARGE = "is larger than 1 MiB; an application file is a few KiB";
    private static final int ATTEMPTS = 3;
    /** Temp files older than this were left by a killed writer (a live one keeps its for milliseconds). */
    static final Duration STALE_TEMP = Duration.ofHours(1);

    /** A JVM holds file locks for all its threads, so threads take this first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path home;
    private final Path folder;
    private final Listener listener;
    /** Parsed applications from earlier runs, or null to parse every file every time. */
    private final ApplicationIndex index;
    /** How many files the last {@link #loadAll()} parsed (the rest came from the index); for tests. */
    int parsed;
    /** Whether the listener has been told of abandoned edit copies (once per store: once per command). */
    private boolean toldAbandoned;

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

    /** The time now in nanoseconds since the epoch. */
    public static final LongSupplier WALL_CLOCK = new WallClock();

    // a class: a lambda costs a bootstrap on every run
    private static final class WallClock implements LongSupplier {
        @Override
        public long getAsLong() {
            return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        }
    }

    /**
     * As above, with the clock that tells whether a file changed long enough ago to be indexed
     * (nanoseconds since the epoch); tests and the class-data training pass one that runs ahead.
     */
    public Store(Path home, Listener listener, Path cache, String build, LongSupplier clock) {
        this.home = home;
        this.folder = home.resolve("applications");
        this.listener = listener;
        this.index = cache == null ? null : new ApplicationIndex(cache, folder, build, clock);
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
         * @param notice one line, what {@link EditCopies.Abandoned#notice()} says
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

    /** The applications that could be read, and a problem for each file that could not. */
    public record Loaded(List<Application> applications, List<Problem> problems) {
        /** The application with this id among those read, if it could be read. */
        public java.util.Optional<Application> find(String id) {
            return applications.stream().filter(a -> a.id().equals(id)).findFirst();
        }
    }

    /** The file of an id; refuses anything that is not an id (so never a path). */
    public Path file(String id) {
        if (!Ids.isValid(id)) {
            throw UserException.usage("'" + printable(id) + "' is not a valid id: " + Ids.rule());
        }
        Path file = folder.resolve(id + ".yaml").normalize();
        if (!file.startsWith(folder.normalize())) {
            throw UserException.usage("'" + printable(id) + "' is not a valid id");
        }
        return file;
    }

    /** The ids on disk, sorted. Names that are not ids (dot files, temp files) are not applications. */
    public List<String> ids() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // the names in one call: a DirectoryStream makes a Path of each, ten times slower cold
        String[] names = folder.toFile().list();
        if (names == null) {
            // unreadable: the stream's exception says why (permission denied, not a folder...)
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
                names = new String[0];
            }
        }
        List<String> ids = new ArrayList<>(names.length);
        for (String name : names) {
            if (name.endsWith(".yaml")) {
                String id = name.substring(0, name.length() - ".yaml".length());
                if (Ids.isValid(id)) {
                    ids.add(id);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /**
     * Warnings about the keys of an application file's text: an unknown key one or two edits from
     * one of ours ({@link KeyTypos}). Parses the text again, so only for {@code check} and
     * {@code edit}; a file that does not read is reported elsewhere.
     */
    public List<Problem> typos(String id, byte[] bytes) {
        try {
            return KeyTypos.find(parse(id, bytes, file(id).toString(), relative(id)).document().root(),
                    file(id).toString(), relative(id));
        } catch (InvalidFileException e) {
            return List.of();
        }
    }

    /** As {@link #typos(String, byte[])}, for every application that read. */
    public List<Problem> typos(List<Application> readable) {
        List<Problem> found = new ArrayList<>();
        for (Application a : readable) {
            try {
                Read r = read(a.id());
                found.addAll(KeyTypos.find(r.document().root(), file(a.id()).toString(), relative(a.id())));
            } catch (InvalidFileException e) {
                // changed since it was loaded, now invalid: the next check names it
            }
        }
        return found;
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
        List<Application> apps = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Trace.mark("store");
        List<String> ids = ids();
        Trace.mark("list files");
        Map<String, ApplicationIndex.Entry> known = index == null ? Map.of() : index.read();
        Trace.mark("read index");
        Map<String, ApplicationIndex.Entry> next = new HashMap<>();
        int fresh = 0;
        parsed = 0;
        for (String id : ids) {
            String name = id + ".yaml";
            // the key is taken before the content is read: a change racing the read then shows
            ApplicationIndex.Key key = index == null ? null
                    : seen != null && seen.keys.containsKey(name) ? seen.keys.get(name)
                    : ApplicationIndex.key(folder.resolve(name));
            ApplicationIndex.Entry entry = key == null ? null : known.get(name);
            if (entry != null && entry.key().sameAs(key)) {
                apps.add(entry.application());
                next.put(name, entry);
                continue;
            }
            try {
                parsed++;
                Application app = read(id).application();
                apps.add(app);
                if (key != null && index.settled(key)) {
                    next.put(name, new ApplicationIndex.Entry(key, app));
                    fresh++;
                }
            } catch (InvalidFileException e) {
                problems.add(e.problem());
            }
        }
        Trace.mark("check files against index");
        if (index != null && (fresh > 0 || next.size() != known.size())) {
            index.write(next);
        }
        return new Loaded(apps, problems);
    }

    /** One application; unknown ids are a data error naming the ids that exist. */
    public Application load(String id) {
        requireExists(id);
        try {
            return read(id).application();
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

    // ---- reading ------------------------------------------------------------------------------

    /** A parsed file: the bytes it was read from, its YAML and its application. */
    record Read(byte[] bytes, YamlDocument document, Application application) {
    }

    /** The file of an id as a path relative to the home, as messages and git name it. */
    private static String relative(String id) {
        return "applications/" + id + ".yaml";
    }

    Read read(String id) throws InvalidFileException {
        Path file = file(id);
        String relative = relative(id);
        byte[] bytes = readBytes(file, relative);
        return parse(id, bytes, file.toString(), relative);
    }

    /** Parses an application file's bytes; {@code shown} is the path used in messages. */
    public static Application parse(String id, byte[] bytes, String shown) throws InvalidFileException {
        return parse(id, bytes, shown, shown).application();
    }

    private static Read parse(String id, byte[] bytes, String shown, String relative) throws InvalidFileException {
        // the limit a read checks before it reads: text over it (an edit, a change) is refused alike
        if (bytes.length > MAX_SIZE) {
            throw problem(shown, relative, TOO_LARGE);
        }
        String text = decode(bytes, shown, relative);
        try {
            YamlDocument doc = YamlDocument.parse(text);
            return new Read(bytes, doc, ApplicationCodec.read(id, doc.root()));
        } catch (YamlSyntaxException e) {
            throw new InvalidFileException(new Problem(shown, relative, e.line + 1, e.column + 1, e.getMessage()));
        }
    }

    static byte[] readBytes(Path file, String relative) throws InvalidFileException {
        String shown = file.toString();
        try {
            // one look before opening: a FIFO opened for reading waits for a writer, for ever
            BasicFileAttributes attributes = regularFile(file, shown, relative);
            if (attributes.size() > MAX_SIZE) {
                throw problem(shown, relative, TOO_LARGE);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size > MAX_SIZE) {
                    throw problem(shown, relative, TOO_LARGE);
                }
                ByteBuffer buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read it all
                }
                return Arrays.copyOf(buf.array(), buf.position());
            }
        } catch (AccessDeniedException e) {
            throw problem(shown, relative, "cannot be read: permission denied");
        } catch (NoSuchFileException e) {
            throw problem(shown, relative, "does not exist");
        } catch (IOException e) {
            throw problem(shown, relative, "cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The attributes of {@code file} (through a symbolic link) when it is a regular file; anything
     * else (a folder, a FIFO, a device, a socket, a link to nothing) is a problem of that file, told
     * without opening it: opening a FIFO for reading waits for a writer, a device may never end.
     */
    static BasicFileAttributes regularFile(Path file, String shown, String relative)
            throws InvalidFileException, IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw problem(shown, relative, Files.isSymbolicLink(file)
                    ? "is a symbolic link to a file that does not exist" : "does not exist");
        } catch (FileSystemException e) {
            if (!(e instanceof AccessDeniedException) && Files.isSymbolicLink(file)) {
                throw problem(shown, relative, "is a symbolic link that cannot be followed (a loop?)");
            }
            throw e;
        }
        if (attributes.isDirectory()) {
            throw problem(shown, relative, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw problem(shown, relative, "is not a regular file (" + kind(file) + "); it was not opened");
        }
        return attributes;
    }

    /**
     * What a file that is not a regular file is, in words ({@code a FIFO}, {@code a folder}, ...),
     * as messages name it; read from its attributes, never by opening it.
     */
    public static String kind(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000; // S_IFMT
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file"; // no unix view (Windows), or gone meanwhile
        }
    }

    /**
     * Refuses, as a data error naming the file, an application file that is not a regular file;
     * for commands that open the file themselves ({@code edit}). Never opens it.
     */
    public void requireRegularFile(String id) throws IOException {
        try {
            regularFile(file(id), file(id).toString(), relative(id));
        } catch (InvalidFileException e) {
            throw UserException.data(e.problem().toString());
        }
    }

    private static InvalidFileException problem(String shown, String relative, String message) {
        return new InvalidFileException(new Problem(shown, relative, 1, 1, message));
    }

    /** Strict UTF-8: a bad byte is reported at its line, not replaced by '?'. */
    static String decode(byte[] bytes, String shown, String relative) throws InvalidFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new InvalidFileException(new Problem(shown, relative, line, column,
                    "is not valid UTF-8 text (save it as UTF-8)"));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
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
        Path file = file(id);
        try (Lock lock = lock()) {
            AtomicFiles.removeStale(file, STALE_TEMP);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Read current;
                try {
                    current = read(id);
                } catch (InvalidFileException e) {
                    // edit mends a file's text; it cannot open a FIFO or a folder
                    throw UserException.data(e.problem() + (Files.isRegularFile(file)
                            ? " (fix it with 'followup edit " + id + "')" : ""));
                }
                Update update = decide.apply(current.application());
                YamlDocument changed = apply(current, update, file);
                if (changed == null) {
                    return current.application();
                }
                byte[] bytes = changed.text().getBytes(StandardCharsets.UTF_8);
                // read back exactly as the next run will, before anything is written
                Application written = readable(id, bytes, file.toString(), "the change");
                // the last look comes after the new text is on disk, right before the rename; if
                // someone wrote the file meanwhile, redo the change on top of theirs
                if (AtomicFiles.replaceIf(file, bytes, real -> unchanged(real, current.bytes()))) {
                    listener.written(relative(id), update.summary(id));
                    return written;
                }
            }
        }
        throw UserException.data(file + " kept changing while followup was updating it; nothing was written, try again");
    }

    /**
     * The application in {@code bytes}, read as a later read will read the file (the size limit,
     * strict UTF-8, the YAML rules, every field), or a data error saying that nothing was written:
     * followup never writes a file it would refuse to read (SPEC §3).
     *
     * @param what what would have made the file ("the change"), for the message
     */
    private static Application readable(String id, byte[] bytes, String shown, String what) {
        if (bytes.length > MAX_SIZE) {
            throw UserException.data(shown + ": " + what + " would make the file larger than 1 MiB, the most"
                    + " followup reads; nothing written");
        }
        try {
            return parse(id, bytes, shown, relative(id)).application();
        } catch (InvalidFileException e) {
            Problem p = e.problem();
            throw UserException.data(p + " (" + what + " would make the file unreadable; nothing written)");
        }
    }

    /** The text of {@code bytes} with {@code update} applied, or null when it changes nothing. */
    static byte[] edit(String id, byte[] bytes, Update update) throws InvalidFileException {
        Read current = parse(id, bytes, id + ".yaml", id + ".yaml");
        YamlDocument changed = apply(current, update, Path.of(id + ".yaml"));
        return changed == null ? null : changed.text().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean unchanged(Path file, byte[] expected) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(file), expected);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static YamlDocument apply(Read current, Update update, Path file) {
        try {
            YamlDocument doc = current.document();
            boolean changed = false;
            if (update.interview() != null) {
                int same = sameRound(doc, update.interview());
                if (same < 0) {
                    doc = doc.insertItem("interviews", index(doc, "interviews", update.interview().date()),
                            ApplicationCodec.lines(update.interview()), "decision-by", "anchor", "notes", "log");
                    changed = true;
                } else {
                    YamlDocument completed = complete(doc, same, update.interview());
                    changed |= completed != doc;
                    doc = completed;
                }
            }
            if (update.status() != null && update.status() != current.application().status()) {
                doc = doc.setScalar("status", update.status().id(), "source", "applied", "contacts", "interviews",
                        "decision-by", "anchor", "notes", "log");
                changed = true;
            }
            if (update.decisionBy() != null && !update.decisionBy().equals(current.application().decisionBy())) {
                doc = doc.setScalar("decision-by", update.decisionBy().toString(), "anchor", "notes", "log");
                changed = true;
            }
            if (update.log() != null) {
                doc = doc.insertItem("log", index(doc, "log", update.log().date()),
                        ApplicationCodec.lines(update.log()));
                changed = true;
            }
            return changed ? doc : null;
        } catch (YamlSyntaxException e) {
            throw UserException.data(file + ":" + (e.line + 1) + ":" + (e.column + 1) + ": " + e.getMessage());
        }
    }

    /**
     * The position in the file's {@code interviews} of the round {@code interview} tells again (the
     * same day, no other time: SPEC §5), or -1 when it is a new round.
     */
    private static int sameRound(YamlDocument doc, Interview interview) throws YamlSyntaxException {
        if (!(doc.root() instanceof YamlNode.Mapping map) || map.get("interviews") == null
                || !(map.get("interviews").value() instanceof YamlNode.Sequence seq)) {
            return -1;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            if (ApplicationCodec.interview(seq.items().get(i)).sameRound(interview)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Completes round {@code at} of the file with what {@code interview} adds (its time, new names,
     * kind, message id), key by key so the round's other keys and comments stay; the same
     * document when it adds nothing.
     */
    private static YamlDocument complete(YamlDocument doc, int at, Interview interview) throws YamlSyntaxException {
        YamlNode.Sequence seq = (YamlNode.Sequence) ((YamlNode.Mapping) doc.root()).get("interviews").value();
        Interview existing = ApplicationCodec.interview(seq.items().get(at));
        Interview done = existing.completedWith(interview);
        if (!java.util.Objects.equals(done.time(), existing.time())) {
            doc = doc.setItemValue("interviews", at, "time", ApplicationCodec.time(done));
        }
        if (!done.with().equals(existing.with())) {
            doc = doc.setItemValue("interviews", at, "with", ApplicationCodec.flowList(done.with()));
        }
        if (!java.util.Objects.equals(done.kind(), existing.kind())) {
            doc = doc.setItemValue("interviews", at, "kind", YamlText.scalar(done.kind()));
        }
        if (!java.util.Objects.equals(done.messageId(), existing.messageId())) {
            doc = doc.setItemValue("interviews", at, "message-id", YamlText.scalar(done.messageId()));
        }
        return doc;
    }

    /** Where a dated item goes in a list kept in date order: after every item on or before it. */
    private static int index(YamlDocument doc, String key, LocalDate date) throws YamlSyntaxException {
        if (!(doc.root() instanceof YamlNode.Mapping map) || map.get(key) == null
                || !(map.get(key).value() instanceof YamlNode.Sequence seq)) {
            return 0;
        }
        int at = 0;
        for (int i = 0; i < seq.items().size(); i++) {
            if (seq.items().get(i) instanceof YamlNode.Mapping item) {
                LocalDate d = ApplicationCodec.date(item, "date");
                if (d != null && !d.isAfter(date)) {
                    at = i + 1;
                }
            }
        }
        return at;
    }

    /**
     * Creates a new application file. The id is {@code id} when given (refused if taken), else
     * made from the company with {@code -2}, {@code -3}, ... on collision. Never overwrites.
     *
     * @return the id used
     */
    public String create(String id, Application application) throws IOException {
        ensureFolders();
        // add takes no lock (a hard link makes it safe), but it is a write: say what an edit left
        tellAbandoned();
        byte[] bytes;
        if (id != null) {
            file(id);
            bytes = render(id, application);
            if (!AtomicFiles.createNew(file(id), bytes)) {
                throw UserException.data("an application '" + id + "' already exists; choose another --id");
            }
            listener.written(relative(id), "add " + id);
            return id;
        }
        String base = Ids.slug(application.company());
        for (int n = 1; n < 10_000; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (AtomicFiles.createNew(file(candidate), render(candidate, application))) {
                listener.written(relative(candidate), "add " + candidate);
                return candidate;
            }
        }
        throw UserException.data("too many applications named like '" + base + "'; choose an --id");
    }

    /** Deletes an application's file, under the lock; a commit of its own when the home is a repository. */
    public void remove(String id) throws IOException {
        requireExists(id);
        try (Lock lock = lock()) {
            Files.delete(file(id));
            listener.written(relative(id), "rm " + id);
        } catch (NoSuchFileException e) {
            throw UserException.data("no application '" + id + "': it was deleted meanwhile");
        }
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
        ensureFolders();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        readable(preferred, bytes, file(preferred).toString(), "the new application");
        for (int n = 1; n < 10_000; n++) {
            String candidate = Ids.numbered(preferred, n);
            if (AtomicFiles.createNew(file(candidate), bytes)) {
                listener.written(relative(candidate), summary);
                return candidate;
            }
        }
        throw UserException.data("too many applications named like '" + preferred + "'");
    }

    private byte[] render(String id, Application application) {
        byte[] bytes = ApplicationCodec.render(application).getBytes(StandardCharsets.UTF_8);
        readable(id, bytes, file(id).toString(), "the new application");
        return bytes;
    }

    /**
     * Replaces a file with text a person edited (used by {@code edit}), if it reads back as a
     * later read will read it; otherwise a data error, and nothing is written.
     */
    public void replace(String id, byte[] expectedOld, byte[] content) throws IOException {
        Path file = file(id);
        readable(id, content, file.toString(), "the edit");
        try (Lock lock = lock()) {
            if (!AtomicFiles.replaceIf(file, content, real -> unchanged(real, expectedOld))) {
                throw new ConcurrentChangeException();
            }
        }
        listener.written(relative(id), id + ": edit");
    }

    /** The file changed on disk since it was read. */
    public static final class ConcurrentChangeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Creates the home and the applications folder with mode 0700 where missing. */
    public void ensureFolders() throws IOException {
        createPrivate(home);
        createPrivate(folder);
    }

    /** Creates {@code dir} and its missing parents with mode 0700. */
    public static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivate(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    /**
     * The store's lock: an OS lock on {@code applications/.lock}, a file that is never renamed or
     * deleted (locking the data file itself would be undone by the atomic rename).
     */
    public Lock lock() throws IOException {
        ensureFolders();
        IN_PROCESS.lock();
        try {
            FileChannel channel = FileChannel.open(folder.resolve(".lock"), Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Lock lock;
            try {
                lock = new Lock(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            tellAbandoned();
            return lock;
        } catch (IOException | RuntimeException e) {
            IN_PROCESS.unlock();
            throw e;
        }
    }

    // ---- working copies of edit ---------------------------------------------------------------

    /**
     * A new working copy of application {@code id} for {@code edit}, holding {@code content}, held
     * as being edited until it is closed (closing keeps the file: delete it first when done).
     * Names any copy an earlier, killed edit left behind, first.
     */
    public EditCopies.Copy editCopy(String id, byte[] content) throws IOException {
        file(id);
        ensureFolders();
        tellAbandoned();
        return EditCopies.create(folder, id, content);
    }

    /** The working copies that no running {@code edit} holds: their edit was killed (for {@code check}). */
    public List<EditCopies.Abandoned> abandonedEdits() throws IOException {
        return EditCopies.abandoned(folder);
    }

    /** Tells the listener of abandoned copies, once; a folder that cannot be listed is left to the command. */
    private void tellAbandoned() {
        if (toldAbandoned) {
            return;
        }
        toldAbandoned = true;
        try {
            for (EditCopies.Abandoned a : abandonedEdits()) {
                listener.abandoned(a.notice());
            }
        } catch (IOException e) {
            // the command itself reads or writes this folder and says what is wrong with it
        }
    }

    /** Held while reading, deciding and writing; closing releases both locks. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final java.nio.channels.FileLock lock;

        private Lock(FileChannel channel, java.nio.channels.FileLock lock) {
            this.channel = channel;
            this.lock = lock;
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

    /** An id as typed, made safe to print. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
