package followup.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import followup.UserException;
import followup.model.Application;
import followup.model.EventType;
import followup.model.LogEntry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing of the loader and of the text edit {@code log} makes. In a plain build
 * it replays the inputs under {@code src/test/resources/followup/store/LoaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes (the command and the figures of the last long run are in
 * docs/notes-promises.md).
 *
 * <p>The oracle: any bytes give either a valid application or an {@link InvalidFileException}
 * whose message is made of followup's own words only, never another exception, never text from
 * the file. A valid file takes a log entry: the result reads back with one more entry, and
 * taking the inserted lines out gives back the input byte for byte.
 */
class LoaderFuzzTest {

    private static final LogEntry ENTRY = new LogEntry(LocalDate.of(2026, 11, 20), EventType.NOTE, "fuzz", null, null);

    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void loader(byte[] input) throws InvalidFileException {
        Application app;
        try {
            app = Store.parse("x", input, "x.yaml");
        } catch (InvalidFileException e) {
            Problem p = e.problem();
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(Vocabulary.foreign(p.message())).as(p.message()).isEmpty();
            return;
        }
        assertThat(app.company()).isNotBlank();
        byte[] edited;
        try {
            edited = ApplicationEdits.edit("x", input, new Store.Update(ENTRY, null, null, null));
        } catch (UserException e) {
            // a layout the text edit will not touch (a flow-style log, say) is refused in words
            assertThat(Vocabulary.foreign(e.getMessage().replace("x.yaml", ""))).as(e.getMessage()).isEmpty();
            return;
        }
        Application after = Store.parse("x", edited, "x.yaml");
        assertThat(after.log()).hasSize(app.log().size() + 1);
        assertThat(after.log()).contains(ENTRY);
        assertOnlyTheEntryWasAdded(input, edited);
    }

    /**
     * Asserts that {@code after} is {@code before} with the entry's lines added in one place and,
     * where {@code log:} had an empty value ({@code []}, {@code ~}), that value dropped: nothing
     * else anywhere changed. The two texts differ in one region; where the inserted lines repeat
     * their neighbours that region is the block shifted, so it is compared as a bag of characters.
     */
    static void assertOnlyTheEntryWasAdded(byte[] before, byte[] after) {
        String a = new String(before, StandardCharsets.UTF_8);
        String b = new String(after, StandardCharsets.UTF_8);
        int head = 0;
        while (head < a.length() && head < b.length() && a.charAt(head) == b.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < a.length() - head && tail < b.length() - head
                && a.charAt(a.length() - 1 - tail) == b.charAt(b.length() - 1 - tail)) {
            tail++;
        }
        String removed = a.substring(head, a.length() - tail);
        String inserted = b.substring(head, b.length() - tail);
        String entry = "-date:2026-11-20event:notenote:fuzz";
        assertThat(bag(inserted)).as("inserted: %s", inserted).isIn(bag(entry), bag("log:" + entry),
                bag(entry + removed));
        assertThat(removed.strip()).as("removed").isIn("", "[]", "~", "null", "Null", "NULL");
    }

    /** The text's characters other than white space, sorted. */
    private static String bag(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
