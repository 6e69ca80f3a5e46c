package followup.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge driver at the level of files, as git calls it: three files in, the result in OURS,
 * true when clean; whatever cannot be merged field by field goes to a line merge that leaves
 * markers, never to one side kept silently.
 */
class MergeDriverTest {

    private static final String BASE = """
            company: Acme Corp
            status: interviewing
            log:
              - date: 2026-11-20
                event: thanks
            """;

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();
    private final List<List<String>> spawned = new ArrayList<>();

    /** Programs with no git on the machine: every start fails, and is counted. */
    private final Programs noGit = new Programs() {
        @Override
        public int interactive(List<String> command, Map<String, String> variables) throws IOException {
            spawned.add(command);
            throw new IOException("no such program");
        }

        @Override
        public Captured captured(List<String> command, Map<String, String> variables) throws IOException {
            spawned.add(command);
            throw new IOException("no such program");
        }

        @Override
        public List<String> self() {
            return List.of("followup");
        }
    };

    private boolean merge(Programs programs, byte[] base, byte[] ours, byte[] theirs) throws Exception {
        Files.write(tmp.resolve("base"), base);
        Files.write(tmp.resolve("ours"), ours);
        Files.write(tmp.resolve("theirs"), theirs);
        PrintWriter writer = new PrintWriter(err, true);
        boolean clean = new MergeDriver(programs, Map.of("PATH", System.getenv("PATH")), writer)
                .merge(tmp.resolve("base"), tmp.resolve("ours"), tmp.resolve("theirs"), "applications/acme.yaml");
        writer.flush();
        return clean;
    }

    private boolean merge(Programs programs, String base, String ours, String theirs) throws Exception {
        return merge(programs, base.getBytes(StandardCharsets.UTF_8), ours.getBytes(StandardCharsets.UTF_8),
                theirs.getBytes(StandardCharsets.UTF_8));
    }

    private String ours() throws IOException {
        return Files.readString(tmp.resolve("ours"));
    }

    @Test
    void aCleanMergeIsWrittenToOursWithoutStartingGit() throws Exception {
        boolean clean = merge(noGit, BASE, BASE.replace("interviewing", "offer"),
                BASE + "  - date: 2026-11-21\n    event: note\n");
        assertThat(clean).isTrue();
        assertThat(err.toString()).isEmpty();
        assertThat(spawned).isEmpty();
        assertThat(ours()).isEqualTo(BASE.replace("interviewing", "offer") + "  - date: 2026-11-21\n    event: note\n");
    }

    @Test
    void aConflictKeepsOursRecordsTheirsAndSaysWhichFields() throws Exception {
        boolean clean = merge(noGit, BASE, BASE.replace("interviewing", "offer"), BASE.replace("interviewing", "rejected"));
        assertThat(clean).isFalse();
        assertThat(err.toString()).isEqualTo("applications/acme.yaml: both copies changed 'status' differently; this copy's"
                + " value is kept and the other's is recorded under 'merge-conflict' ('followup check' shows where)\n");
        assertThat(ours()).startsWith(BASE.replace("interviewing", "offer")).contains("merge-conflict:", "  status: rejected");
    }

    @Test
    void textThatIsNotUtf8GoesToGitsLineMergeOfTheSameThreeFiles() throws Exception {
        byte[] latin1 = "company: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        boolean clean = merge(noGit, BASE.getBytes(StandardCharsets.UTF_8), latin1, BASE.getBytes(StandardCharsets.UTF_8));
        assertThat(err.toString()).startsWith("applications/acme.yaml: not UTF-8 text of at most 1 MiB; merging it line by line");
        assertThat(spawned).containsExactly(List.of("git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
                tmp.resolve("ours").toString(), tmp.resolve("base").toString(), tmp.resolve("theirs").toString()));
        assertThat(clean).isFalse();
    }

    @Test
    void withNoGitBothSidesAreKeptWholeBetweenMarkers() throws Exception {
        String ours = "company: [Acme";
        boolean clean = merge(noGit, BASE, ours, BASE.replace("Acme Corp", "Acme Inc"));
        assertThat(clean).isFalse();
        assertThat(err.toString()).contains("cannot merge it field by field (not valid YAML); merging it line by line");
        assertThat(ours()).isEqualTo("<<<<<<< ours\ncompany: [Acme\n=======\n" + BASE.replace("Acme Corp", "Acme Inc")
                + ">>>>>>> theirs\n");
    }

    @Test
    void gitsLineMergeDecidesWhenTheFileIsNotAnApplication() throws Exception {
        String base = "- one\n- two\n- three\n- four\n- five\n";
        boolean clean = merge(Programs.SYSTEM, base, base.replace("one", "ONE"), base.replace("five", "FIVE"));
        assertThat(err.toString()).contains("cannot merge it field by field (not a block mapping of keys to values)");
        assertThat(clean).isTrue();
        assertThat(ours()).isEqualTo("- ONE\n- two\n- three\n- four\n- FIVE\n");
    }

    @Test
    void aFileLargerThanTheStoreAllowsIsMergedLineByLine() throws Exception {
        String big = BASE + "# " + "x".repeat(1024 * 1024) + "\n";
        boolean clean = merge(noGit, BASE, big, BASE.replace("interviewing", "offer"));
        assertThat(clean).isFalse();
        assertThat(err.toString()).startsWith("applications/acme.yaml: not UTF-8 text of at most 1 MiB");
        assertThat(ours()).startsWith("<<<<<<< ours\n" + BASE);
    }
}
