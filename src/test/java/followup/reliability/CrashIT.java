package followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 "no lost or torn data" under SIGKILL: 200 kills in {@code mvn verify}, 1,000 with
 * {@code -Pstress} ({@code -Dfollowup.reliability.kills=N} for any other number).
 */
class CrashIT {

    @TempDir
    Path root;

    @Test
    void killedWritesAreAllOrNothingAndAcknowledgedOnesStay() throws Exception {
        int kills = Children.figure("kills", 200, 1000);
        // the quick run calls Store.update as LogCommand does (a third of the start-up); the
        // stress run goes through the whole command line
        String writer = System.getProperty("followup.reliability.crashWriter",
                Boolean.getBoolean("followup.stress") ? "log" : "store");
        CrashHarness.Report report = new CrashHarness(writer).run(root, kills, 2, false);
        System.out.println("[reliability] crash: " + report);
        assertThat(report.kills).isEqualTo(kills);
        assertThat(report.clean()).as(report.toString()).isTrue();
        // every round reached the oracle with at least one acknowledged write, so the killed
        // rounds before it left nothing that stopped the next child
        assertThat(report.acknowledged).isGreaterThanOrEqualTo(kills);
        // what the killed writes left behind is tidied by the next write once it is stale
        Path lane = root.resolve("lane-0");
        try (var files = Files.list(lane.resolve("applications"))) {
            for (Path temp : files.filter(p -> p.toString().endsWith(".tmp")).toList()) {
                Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
            }
        }
        assertThat(Worker.followup(lane, "log", "acme", "note", "--note", "after").code()).isZero();
        assertThat(CrashHarness.temps(lane)).isZero();
        assertThat(Worker.followup(lane, "check").code()).isZero();
    }

    /** The control: the same harness on a writer that truncates and rewrites in place must fail. */
    @Test
    void theHarnessCatchesATruncateAndRewriteWriter() throws Exception {
        CrashHarness.Report report = new CrashHarness("broken").run(root, 60, 1, true);
        System.out.println("[reliability] crash control (truncate and rewrite): " + report);
        assertThat(report.clean()).as("the harness must catch a torn write: " + report).isFalse();
    }
}
