package followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import followup.store.Gaps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8: a writer that does not take followup's lock (an editor) saves the file again and again
 * while followup logs to it. followup must either include the editor's latest save in what it
 * writes, or write nothing and say so; it must never put back older text over a save. The editor
 * notices that as its own mark going backwards.
 *
 * <p>What remains: the editor can still land a save between followup's last look at the file
 * and the rename, a gap of a fraction of a millisecond (it was a write and an fsync before the
 * look moved after them). The figures printed here are how often that happened;
 * docs/notes-promises.md has them.
 */
class EditorRaceTest {

    @TempDir
    Path home;

    /**
     * @param droppedInGap editor saves written over that landed between a last look and its rename
     * @param droppedElsewhere editor saves written over anywhere else: what the last look is for
     */
    record Race(int updates, int written, int refused, int editorSaves, int droppedInGap, int droppedElsewhere,
            int gaps, double medianGapMicros, double longestGapMicros, List<String> failures) {
    }

    private Race race(String writer, int updates) throws Exception {
        assertThat(Worker.followup(home, "add", "Acme", "--no-input").code()).isZero();
        Path stop = home.resolve("stop");
        Children.Child editor = Children.start("editor", home.toString(), "acme", stop.toString());
        Path file = home.resolve("applications/acme.yaml");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.readString(file).contains("editor-mark: ") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int written = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        Gaps gaps = Gaps.record();
        if (writer.equals("log")) {
            for (int i = 0; i < updates; i++) {
                Worker.Result r = Worker.followup(home, "log", "acme", "note", "--note", "f-" + i);
                if (r.code() == 0) {
                    written++;
                } else if (r.code() == 1 && r.err().contains("kept changing") && r.err().contains("nothing was written")) {
                    refused++;
                } else {
                    failures.add("exit " + r.code() + ": " + r.err().strip());
                }
            }
        } else {
            Children.Child broken = Children.start(writer, home.toString(), "acme", "f", String.valueOf(updates));
            assertThat(broken.await(600)).isZero();
            written = broken.acks().size();
        }
        Files.createFile(stop);
        assertThat(editor.await(120)).isZero();
        gaps.close();
        Map<Integer, long[]> saves = new HashMap<>();
        int inGap = 0;
        int elsewhere = 0;
        for (String line : editor.lines) {
            String[] w = line.split(" ");
            if (w[0].equals("save")) {
                saves.put(Integer.parseInt(w[1]), new long[] {Long.parseLong(w[2]), Long.parseLong(w[3])});
            }
        }
        for (String line : editor.lines) {
            if (line.startsWith("dropped ")) {
                long[] save = saves.get(Integer.parseInt(line.substring("dropped ".length())));
                if (gaps.overlaps(save[0], save[1])) {
                    inGap++;
                } else {
                    elsewhere++;
                }
            }
        }
        return new Race(updates, written, refused, saves.size(), inGap, elsewhere, gaps.count(), gaps.medianMicros(), gaps.longestMicros(),
                failures);
    }

    @Test
    void followupNeverWritesOverAnEditorsSave() throws Exception {
        Race race = race("log", Children.figure("raceUpdates", 150, 3000));
        System.out.println("[reliability] editor race: " + race);
        assertThat(race.failures()).isEmpty();
        assertThat(race.written() + race.refused()).isEqualTo(race.updates());
        assertThat(race.editorSaves()).as("the editor was saving throughout").isGreaterThan(race.updates() / 10);
        // a save can land in the short gap between the last look and the rename (counted, and
        // published); anywhere else the look must have caught it
        assertThat(race.droppedElsewhere()).as("editor saves that followup wrote over: " + race).isZero();
        assertThat(Worker.followup(home, "check").code()).isZero();
    }

    /** The control: a writer with no lock and no last look must be caught writing over saves. */
    @Test
    void theHarnessCatchesAWriterThatDoesNotLook() throws Exception {
        Race race = race("broken", 150);
        System.out.println("[reliability] editor race control (no lock, no last look): " + race);
        assertThat(race.droppedElsewhere()).as("the harness must catch a dropped save: " + race).isPositive();
    }
}
