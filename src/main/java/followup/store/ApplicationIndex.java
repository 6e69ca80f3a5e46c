package followup.store;

import followup.cache.CacheFile;
import followup.cache.FileKey;
import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The applications parsed on an earlier run, so that {@code today} on 10,000 files reads one small
 * binary file instead of parsing 10,000 YAML documents. Only an accelerator: the files stay the
 * truth (SPEC §8).
 *
 * <p>An entry is used only while its file's name and {@link FileKey} (size, modification time,
 * change time, inode) are exactly what they were when it was parsed; a file changed too recently
 * for its times to show the next change is parsed but not remembered ({@link FileKey#settled}).
 *
 * <p>The index is one {@link CacheFile} per data home. A missing, truncated, corrupt (checksum) or
 * foreign (another build, another folder) index is ignored and rebuilt.
 */
final class ApplicationIndex {

    private static final int MAGIC = 0x46555849; // "FUXI"
    private static final int FORMAT = 6; // 2: url; 3: contacts' anchor and address, entries' deadline and link; 4: message-id; 5: skipped's action and until; 6: key typos
    private static final long NO_DATE = Long.MIN_VALUE;

    /**
     * An application as parsed from a file with that key, and the warnings about its keys found
     * then ({@link KeyTypos}), kept so an unchanged file is not looked at again to repeat them.
     * A typo read back from the index names its file by {@code applications/<id>.yaml}; the
     * reader names it as it names every file.
     */
    record Entry(FileKey key, Application application, List<Problem> typos) {
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
        return cache.resolve(CacheFile.name("index-", folder));
    }

    /** Whether a file with this key changed long enough ago for its times to tell the next change. */
    boolean settled(FileKey key) {
        return key.settled(clock);
    }

    /** The entries by file name; empty when there is no usable index. Never throws. */
    Map<String, Entry> read() {
        ByteBuffer in = CacheFile.read(cache, file());
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
            FileKey key = FileKey.read(in);
            String id = name.substring(0, name.length() - ".yaml".length());
            Application application = application(in, id);
            entries.put(name, new Entry(key, application, typos(in, Ids.relative(id))));
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
                string(out, e.getKey());
                e.getValue().key().write(out);
                application(out, e.getValue().application());
                typos(out, e.getValue().typos());
            }
            CacheFile.write(cache, file(), bytes);
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk, a cache folder that is not ours: run without the index
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

    private static void typos(DataOutputStream out, List<Problem> typos) throws IOException {
        out.writeInt(typos.size());
        for (Problem p : typos) {
            out.writeInt(p.line());
            out.writeInt(p.column());
            string(out, p.message());
        }
    }

    private static List<Problem> typos(ByteBuffer in, String relative) {
        int n = count(in);
        if (n == 0) {
            return List.of();
        }
        List<Problem> typos = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            typos.add(new Problem(relative, relative, in.getInt(), in.getInt(), string(in)));
        }
        return typos;
    }

    private static void date(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    private static LocalDate date(ByteBuffer in) {
        long day = in.getLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        CacheFile.putString(out, s);
    }

    private static String string(ByteBuffer in) {
        return CacheFile.string(in);
    }

    private static int count(ByteBuffer in) {
        return CacheFile.count(in);
    }
}
