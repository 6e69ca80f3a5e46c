package followup;

import static org.assertj.core.api.Assertions.assertThat;

import followup.Sources.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rooms of {@code src/main/java/followup} in one table: which other rooms each may import, and
 * whether it must be pure. A room is a folder right under {@code followup/} with its sub-folders
 * ({@code cli/shell} is in {@code cli}); the root package is two rooms, its shared leaves
 * ({@code followup}) and the classes that start the program ({@link #START}).
 *
 * <p>The table reads bottom-up: a room may import only rooms listed above it, so the rooms have no
 * import cycle. A pure room reads no clock, environment, file, network, terminal or thread: "today",
 * the applications, the config and the texts come in as parameters (STYLE: a pure core).
 */
class ArchitectureTest {

    /** The root package's classes that start the program and so may reach every room. */
    static final String START = "followup (Main, Train)";
    private static final Set<String> STARTERS = Set.of("Main", "Train");

    /** Stands for "every room listed above this row". */
    private static final String ABOVE = "every room above";

    private static final Purity PURE = new Purity(true, Set.of());
    private static final Purity IMPURE = new Purity(false, Set.of());

    /**
     * The table. A row for a room that is not on this branch yet (being added by another change)
     * does not fail: it says where the room will sit.
     */
    private static final List<Room> ROOMS = List.of(
            // the root's leaves everyone may use: UserException, DidYouMean, Trace
            room("followup", IMPURE),
            room("model", PURE),
            room("text", PURE), // dates and one-line values as people read them
            room("cache", IMPURE), // accelerators only: the index's file key, kept answers
            room("schedule", PURE, "model", "text"),
            room("stats", PURE, "model", "schedule", "text"),
            // draft renders purely; these read the templates packed in the jar and write a mail to a stream
            room("draft", pureExcept("BuiltinTemplates", "MailExport"), "model", "schedule", "text"),
            // inbox decides purely; only these three read the mail folder, the mail and the calendar
            room("inbox", pureExcept("MailSources", "MessageReader", "CalendarReader"), "model", "schedule",
                    "text"),
            room("store", IMPURE, "followup", "model", "cache"),
            room("ics", IMPURE, "model", "schedule", "store", "text"),
            room("transfer", IMPURE, "followup", "model", "schedule", "store", "text"),
            room("sync", IMPURE, "followup", "model", "store"),
            room("report", IMPURE, "model", "schedule", "stats", "text"),
            room("cli", IMPURE, ABOVE),
            room(START, IMPURE, ABOVE));

    /** What a pure room must not name: the ways to reach the clock, the world or another thread. */
    private static final List<String> IMPURE_USES = List.of(
            "java.io", "java.nio.file", "java.nio.channels", "java.net", "Socket", "jakarta.", "net.fortuna",
            "System.", "Runtime.getRuntime", "ProcessBuilder",
            ".now(", "Clock", "new Date(", "ZoneId.systemDefault", "TimeZone.getDefault", "Locale.getDefault",
            "java.util.Random", "Math.random", "Thread", "Executor", "CompletableFuture");

    private static final Pattern REFERENCE = Pattern.compile("\\bfollowup\\.(?:([a-z]\\w*)|([A-Z]\\w*))");

    @Test
    void everyRoomHasARow() {
        List<String> missing = new ArrayList<>();
        for (String room : Sources.rooms()) {
            if (row(room) == null) {
                missing.add(Sources.ROOT.resolve(room) + " is a room with no row in ArchitectureTest.ROOMS:"
                        + " add one row saying which rooms it may import and whether it must be pure");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theTableReadsBottomUpSoTheRoomsHaveNoCycle() {
        List<String> wrong = new ArrayList<>();
        Set<String> above = new LinkedHashSet<>();
        for (Room room : ROOMS) {
            for (String target : room.mayImport()) {
                if (!above.contains(target) && !target.equals(ABOVE)) {
                    wrong.add(room.name() + " may import " + target + ", which is not a row above it"
                            + (row(target) == null ? " (no row at all)" : " (a cycle, or a row to move up)"));
                }
            }
            assertThat(above.add(room.name())).as("one row per room: " + room.name()).isTrue();
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyImportFollowsTheTable() {
        Map<String, Set<String>> allowed = allowedImports();
        List<String> wrong = new ArrayList<>();
        for (Source source : Sources.all()) {
            String from = roomOf(source);
            Matcher m = REFERENCE.matcher(source.references());
            while (m.find()) {
                String to = m.group(1) != null ? m.group(1) : STARTERS.contains(m.group(2)) ? START : "followup";
                if (!to.equals(from) && !allowed.getOrDefault(from, Set.of()).contains(to)) {
                    wrong.add(Sources.ROOT.relativize(source.path()) + " uses " + m.group()
                            + ": the row of " + from + " does not allow " + to);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void pureRoomsReachNothingOutside() {
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Source source : Sources.all()) {
            Room room = row(roomOf(source));
            if (room == null || !room.purity().required() || room.purity().except().contains(source.name())) {
                continue;
            }
            read++;
            for (String use : IMPURE_USES) {
                if (source.code().contains(use)) {
                    wrong.add(Sources.ROOT.relativize(source.path()) + " uses " + use);
                }
            }
        }
        assertThat(read).as("pure sources read").isGreaterThan(20);
        assertThat(wrong).as("a pure room reaches the world (move it into an impure room, or"
                + " pass the value in as a parameter)").isEmpty();
    }

    /** An exception names a real file: a renamed one must not leave its room's door open. */
    @Test
    void everyExceptionToPurityIsAFileOfItsRoom() {
        List<String> stale = new ArrayList<>();
        for (Room room : ROOMS) {
            for (String name : room.purity().except()) {
                if (Sources.all().stream().noneMatch(s -> roomOf(s).equals(room.name()) && s.name().equals(name))) {
                    stale.add(room.name() + "/" + name + ".java");
                }
            }
        }
        assertThat(stale).isEmpty();
    }

    private static Map<String, Set<String>> allowedImports() {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (Room room : ROOMS) {
            allowed.put(room.name(), room.mayImport().contains(ABOVE) ? Set.copyOf(allowed.keySet())
                    : room.mayImport());
        }
        return allowed;
    }

    private static String roomOf(Source source) {
        return source.room().equals("followup") && STARTERS.contains(source.name()) ? START : source.room();
    }

    private static Room row(String name) {
        return ROOMS.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static Room room(String name, Purity purity, String... mayImport) {
        return new Room(name, purity, Set.of(mayImport));
    }

    private static Purity pureExcept(String... files) {
        return new Purity(true, Set.of(files));
    }

    private record Purity(boolean required, Set<String> except) {}

    private record Room(String name, Purity purity, Set<String> mayImport) {}
}
