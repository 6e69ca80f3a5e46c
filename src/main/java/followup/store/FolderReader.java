package followup.store;

import followup.Trace;
import followup.cache.AnswerCache;
import followup.cache.FileKey;
import followup.model.Application;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the applications folder: every file, with the index of earlier runs when there is one
 * ({@link ApplicationIndex}), reporting each bad file and going on; or one file, parsed from its
 * bytes ({@link FileText}) through its YAML ({@link YamlDocument}) into an application
 * ({@link ApplicationCodec}).
 */
final class FolderReader {

    /** A parsed file: the bytes it was read from, its YAML and its application. */
    record Read(byte[] bytes, YamlDocument document, Application application) {
    }

    private final Path folder;
    /** Parsed applications from earlier runs, or null to parse every file every time. */
    private final ApplicationIndex index;
    private final Trace trace;
    /** How many files the last {@link #loadAll} parsed (the rest came from the index); for tests. */
    int parsed;

    FolderReader(Path folder, ApplicationIndex index, Trace trace) {
        this.folder = folder;
        this.index = index;
        this.trace = trace;
    }

    /**
     * Every application, sorted by id, and a problem for each file that could not be read. With an
     * index, a file whose name and key are unchanged since it was parsed is not parsed again; the
     * result is the same either way. Each file's key is taken from {@code seen} when it has it
     * (made before any file was read, as a key must be), else from the file.
     */
    Store.Loaded loadAll(AnswerCache.Fingerprint seen) throws IOException {
        List<Application> apps = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        trace.mark("store");
        List<String> ids = Ids.list(folder);
        trace.mark("list files");
        Map<String, ApplicationIndex.Entry> known = index == null ? Map.of() : index.read();
        trace.mark("read index");
        Map<String, FileKey> keys = seen == null ? Map.of() : seen.keys();
        Map<String, ApplicationIndex.Entry> next = new HashMap<>();
        int fresh = 0;
        parsed = 0;
        for (String id : ids) {
            String name = id + ".yaml";
            // the key is taken before the content is read: a change racing the read then shows
            FileKey key = index == null ? null
                    : keys.containsKey(name) ? keys.get(name)
                    : FileKey.of(folder.resolve(name));
            ApplicationIndex.Entry entry = key == null ? null : known.get(name);
            if (entry != null && entry.key().sameAs(key)) {
                apps.add(entry.application());
                next.put(name, entry);
                for (Problem typo : entry.typos()) {
                    warnings.add(new Problem(Ids.file(folder, id).toString(), typo.relative(), typo.line(), typo.column(),
                            typo.message()));
                }
                continue;
            }
            try {
                parsed++;
                Read read = read(id);
                Application app = read.application();
                apps.add(app);
                // found while the tree is at hand and kept in the index: an unchanged file costs nothing
                List<Problem> typos = KeyTypos.find(read.document().root(), Ids.file(folder, id).toString(),
                        Ids.relative(id));
                warnings.addAll(typos);
                if (key != null && index.settled(key)) {
                    next.put(name, new ApplicationIndex.Entry(key, app, typos));
                    fresh++;
                }
            } catch (InvalidFileException e) {
                problems.add(e.problem());
            }
        }
        trace.mark("check files against index");
        if (index != null && (fresh > 0 || next.size() != known.size())) {
            index.write(next);
        }
        return new Store.Loaded(apps, problems, warnings);
    }

    /** The file of {@code id}, read and parsed. */
    Read read(String id) throws InvalidFileException {
        return read(folder, id);
    }

    /** The file of {@code id} in the applications folder {@code folder}, read and parsed. */
    static Read read(Path folder, String id) throws InvalidFileException {
        Path file = Ids.file(folder, id);
        String relative = Ids.relative(id);
        return parse(id, FileText.readBytes(file, relative), file.toString(), relative);
    }

    /** Parses an application file's bytes; {@code shown} and {@code relative} name it in messages. */
    static Read parse(String id, byte[] bytes, String shown, String relative) throws InvalidFileException {
        // the limit a read checks before it reads: text over it (an edit, a change) is refused alike
        if (bytes.length > FileText.MAX_SIZE) {
            throw FileText.problem(shown, relative, FileText.TOO_LARGE);
        }
        String text = FileText.decode(bytes, shown, relative);
        try {
            YamlDocument doc = YamlDocument.parse(text);
            return new Read(bytes, doc, ApplicationCodec.read(id, doc.root()));
        } catch (YamlSyntaxException e) {
            throw new InvalidFileException(new Problem(shown, relative, e.line + 1, e.column + 1, e.getMessage()));
        }
    }

    /**
     * Warnings about the keys of an application file's text: an unknown key one or two edits from
     * one of ours ({@link KeyTypos}); none for a file that does not read (reported elsewhere).
     */
    List<Problem> typos(String id, byte[] bytes) {
        String shown = Ids.file(folder, id).toString();
        try {
            return KeyTypos.find(parse(id, bytes, shown, Ids.relative(id)).document().root(), shown, Ids.relative(id));
        } catch (InvalidFileException e) {
            return List.of();
        }
    }
}
