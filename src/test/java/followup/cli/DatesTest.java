package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.UserException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tue       | 2026-11-24
            tuesday   | 2026-11-24
            wed       | 2026-11-25
            wednesday | 2026-11-25
            thu       | 2026-11-26
            thursday  | 2026-11-26
            sat       | 2026-11-28
            saturday  | 2026-11-28
            sun       | 2026-11-29
            sunday    | 2026-11-29
            monday    | 2026-11-30
            Mon       | 2026-11-30
            ' fri '   | 2026-11-27
            """)
    void everyWeekdayIsTheNextOneStrictlyAfterToday(String text, LocalDate expected) {
        assertThat(Dates.parse(text, BASE, TODAY, WORK_DAYS, "--decision-by")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            last mon       | 2026-11-16
            last tue       | 2026-11-17
            last tuesday   | 2026-11-17
            last wed       | 2026-11-18
            last wednesday | 2026-11-18
            last thu       | 2026-11-19
            last thursday  | 2026-11-19
            last friday    | 2026-11-20
            last sat       | 2026-11-21
            last saturday  | 2026-11-21
            last sun       | 2026-11-22
            last sunday    | 2026-11-22
            """)
    void lastIsStrictlyBeforeTodayForEveryWeekday(String text, LocalDate expected) {
        assertThat(Dates.parse(text, BASE, TODAY, WORK_DAYS, "--on")).isEqualTo(expected);
        assertThat(Dates.past(text, TODAY, TODAY, WORK_DAYS, "--on")).as("the same for a day in the past")
                .isEqualTo(expected);
    }

    /** eow and eom: today if today is it; on a day after it, next week's or month's (SPEC §4). */
    @ParameterizedTest(name = "{0} on {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            eow | 2026-11-27 | 2026-11-27 | on Friday: today
            eow | 2026-11-28 | 2026-12-04 | on Saturday: next week's
            eow | 2026-11-29 | 2026-12-04 | on Sunday: next week's
            eom | 2026-10-30 | 2026-10-30 | on the month's last work day (Fri 30 Oct): today
            eom | 2026-10-31 | 2026-11-30 | on Saturday 31 Oct, after it: next month's
            eom | 2026-11-02 | 2026-11-30 | early in the month
            EOW | 2026-11-23 | 2026-11-27 | case aside
            """)
    void theEndOfTheWorkWeekAndMonth(String text, LocalDate today, LocalDate expected, String why) {
        assertThat(Dates.parse(text, BASE, today, WORK_DAYS, "--decision-by")).as(why).isEqualTo(expected);
    }

    /** A work week set in the config: eom is its last work day in the month. */
    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            eom | 2026-10-23 | 2026-10-29
            eow | 2026-11-23 | 2026-11-26
            """)
    void aWorkWeekOfMondayToThursday(String text, LocalDate today, LocalDate expected) {
        Set<DayOfWeek> mondayToThursday = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(Dates.parse(text, BASE, today, mondayToThursday, "--decision-by")).isEqualTo(expected);
    }

    /**
     * A Sunday-Thursday work week (Friday and Saturday off): its week runs Sunday to Saturday, so
     * eow on Monday 23 Nov is Thursday 26, not Sunday 29, the first day of the next work week.
     */
    @ParameterizedTest(name = "eow on {0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-22 | 2026-11-26 | Sunday, the week's first work day
            2026-11-23 | 2026-11-26 | Monday
            2026-11-26 | 2026-11-26 | Thursday: today
            2026-11-27 | 2026-12-03 | Friday, the weekend: next week's
            2026-11-28 | 2026-12-03 | Saturday, the weekend: next week's
            """)
    void aWorkWeekOfSundayToThursday(LocalDate today, LocalDate expected, String why) {
        Set<DayOfWeek> sundayToThursday = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(Dates.parse("eow", BASE, today, sundayToThursday, "--decision-by")).as(why).isEqualTo(expected);
    }

    /** Where the week starts: after the longest run of days off; Monday with none. */
    @Test
    void theWeekStartsAfterTheLongestRunOfDaysOff() {
        assertThat(Dates.firstDayOfWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Dates.firstDayOfWeek(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY))).as("a Wednesday off is not the weekend").isEqualTo(DayOfWeek.MONDAY);
        assertThat(Dates.firstDayOfWeek(EnumSet.complementOf(EnumSet.of(DayOfWeek.SATURDAY))))
                .isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Dates.firstDayOfWeek(EnumSet.allOf(DayOfWeek.class))).isEqualTo(DayOfWeek.MONDAY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 day       | 2026-11-21
            1 week      | 2026-11-27
            +1wk        | 2026-11-27
            10 d        | 2026-11-30
            in 3 days   | 2026-11-23
            in 1 week   | 2026-11-27
            2-3 weeks   | 2026-12-11
            7 - 10 days | 2026-11-30
            7-7 days    | 2026-11-27
            3 days ago  | 2026-11-17
            2w ago      | 2026-11-06
            -3d         | 2026-11-17
            """)
    void relativeFormsInEverySpellingCountFromTheBase(String text, LocalDate expected) {
        assertThat(Dates.parse(text, BASE, TODAY, WORK_DAYS, "--decision-by")).isEqualTo(expected);
    }

    /** Years 0001-9999: the ends are days like any other; one step past them is a usage error. */
    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0001-01-01 | 2026-11-23 | 0001-01-01 |
            9999-12-31 | 2026-11-23 | 9999-12-31 |
            +1d        | 9999-12-31 |            | '+1d' comes to +10000-01-01, outside the years 0001-9999
            tomorrow   | 9999-12-31 |            | 'tomorrow' comes to +10000-01-01, outside the years 0001-9999
            yesterday  | 0001-01-01 |            | 'yesterday' comes to 0000-12-31, outside the years 0001-9999
            -1w        | 0001-01-03 |            | outside the years 0001-9999
            """)
    void theYearsAFileCanHold(String text, LocalDate day, LocalDate expected, String message) {
        if (expected != null) {
            assertThat(Dates.parse(text, day, day, WORK_DAYS, "--on")).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> Dates.parse(text, day, day, WORK_DAYS, "--on")).isInstanceOf(UserException.class)
                    .hasMessageStartingWith("--on: ").hasMessageContaining(message)
                    .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(2));
        }
    }

    @ParameterizedTest
    @CsvSource({"someday", "next week", "fri next", "3 months", "''"})
    void anUnknownFormListsEveryAcceptedOne(String text) {
        assertThatThrownBy(() -> Dates.parse(text, BASE, TODAY, WORK_DAYS, "--deadline"))
                .hasMessage("--deadline: '" + text + "' is not a date; use one of: " + Dates.FORMS);
    }
}
