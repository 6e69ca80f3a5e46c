package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.UserException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form of SPEC §4, on Monday 23 November 2026 (so "fri" ahead is the 27th and "fri" gone
 * by is the 20th), with a base of Friday 20 November for the forms that count from a base (an
 * interview in the same command, or {@code --on}).
 */
class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
    private static final LocalDate BASE = LocalDate.of(2026, 11, 20); // a Friday
    private static final Set<DayOfWeek> WORK_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-27    | 2026-11-27 | an ISO date
            today         | 2026-11-23 | the as-of date
            TODAY         | 2026-11-23 | case aside
            tomorrow      | 2026-11-24 | the day after today
            yesterday     | 2026-11-22 | the day before today
            fri           | 2026-11-27 | a weekday: the next one strictly after today
            friday        | 2026-11-27 | the same, spelled out
            mon           | 2026-11-30 | on a Monday, mon is next week's
            last fri      | 2026-11-20 | last: strictly before today
            last monday   | 2026-11-16 | last mon on a Monday is a week ago
            eow           | 2026-11-27 | the last work day of this week
            eom           | 2026-11-30 | the last work day of this month
            +3d           | 2026-11-23 | relative forms count from the base
            +2w           | 2026-12-04 | weeks
            3d            | 2026-11-23 | no sign
            2w            | 2026-12-04 | no sign, weeks
            3 days        | 2026-11-23 | in words
            in 2 weeks    | 2026-12-04 | with in
            7-10 days     | 2026-11-30 | a range: its far end (004's 7-10 days)
            -2d           | 2026-11-18 | back in time
            -1w           | 2026-11-13 | back a week
            2 days ago    | 2026-11-18 | ago
            1 week ago    | 2026-11-13 | a week ago
            """)
    void everyForm(String text, LocalDate expected, String why) {
        assertThat(Dates.parse(text, BASE, TODAY, WORK_DAYS, "--on")).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            fri        | 2026-11-20 | a day gone by: the Friday just gone
            friday     | 2026-11-20 | spelled out
            mon        | 2026-11-23 | on or before today: today itself
            sun        | 2026-11-22 | yesterday's weekday
            last fri   | 2026-11-20 | last works the same
            yesterday  | 2026-11-22 | the other forms as ever
            -2d        | 2026-11-21 | counted from today, the base of --on itself
            2026-11-02 | 2026-11-02 | an ISO date
            """)
    void aDayInThePastReadsAWeekdayBackwards(String text, LocalDate expected, String why) {
        assertThat(Dates.past(text, TODAY, TODAY, WORK_DAYS, "--on")).as(why).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            someday     | is not a date; use one of
            2026-02-30  | is not a real date
            10-7 days   | the first number must be the smaller
            last month  | is not a date
            0000-01-01  | outside the years 0001-9999
            +10000-01-01 | is not a date
            """)
    void anythingElseIsAUsageErrorNamingTheOption(String text, String message) {
        assertThatThrownBy(() -> Dates.parse(text, BASE, TODAY, WORK_DAYS, "--decision-by"))
                .isInstanceOf(UserException.class).hasMessageStartingWith("--decision-by: ").hasMessageContaining(message)
                .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(2));
    }
}
