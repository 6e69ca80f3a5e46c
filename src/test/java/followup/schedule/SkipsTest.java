package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.LogEntry;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §5 skip, as {@link Skips} applies it to an action of any rule. */
class SkipsTest {

    private static final Application ACME = app("acme").interviews("2026-11-20 with=Jane Doe|Sam Lee").build();

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # skipped on | for      | until      | as of      | shown (- hidden) | why
            2026-11-20   | -        | -          | 2026-11-20 | -                | skipped for everyone, for good
            2026-11-20   | Jane Doe | -          | 2026-11-22 | -                | skipped for the person it goes to
            2026-11-20   | Sam Lee  | -          | 2026-11-20 | 2026-11-20       | another person's skip leaves it
            2026-11-19   | -        | -          | 2026-11-20 | 2026-11-20       | a skip before it came due was of an earlier one
            2026-11-21   | -        | -          | 2026-11-20 | 2026-11-20       | an entry after the as-of date is not known yet
            2026-11-20   | -        | 2026-11-25 | 2026-11-24 | -                | put off, and not back yet
            2026-11-20   | -        | 2026-11-25 | 2026-11-25 | 2026-11-25       | back on its until day, due then
            2026-11-20   | -        | 2026-11-25 | 2026-11-30 | 2026-11-25       | and due on that day after it
            """)
    void aSkipHidesTheActionOrPutsItOff(LocalDate on, String with, LocalDate until, LocalDate today, LocalDate shown,
            String why) {
        Application skipped = Apps.logged(ACME, LogEntry.skipped(on, "thanks", with, until, null));
        Action thanks = new Action(skipped, ActionType.THANKS, d("2026-11-20"), "Jane Doe", "Send it the same day.");

        Action after = Skips.shown(new History(skipped, today), thanks);

        if (shown == null) {
            assertThat(after).isNull();
        } else {
            assertThat(after.due()).isEqualTo(shown);
            assertThat(after).usingRecursiveComparison().ignoringFields("due").isEqualTo(thanks);
        }
    }

    @ParameterizedTest
    @CsvSource({"linkedin", "paper-note"})
    void aSkipOfAnotherActionLeavesIt(String action) {
        Application skipped = Apps.logged(ACME, LogEntry.skipped(d("2026-11-20"), action, null, null, null));
        Action thanks = new Action(skipped, ActionType.THANKS, d("2026-11-20"), "Jane Doe", "Send it the same day.");

        assertThat(Skips.shown(new History(skipped, d("2026-11-20")), thanks)).isSameAs(thanks);
    }
}
