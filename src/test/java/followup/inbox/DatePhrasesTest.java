package followup.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §6a's date phrases, counted from the message's own date M; fixed dates, no clock. */
class DatePhrasesTest {

    private static final Set<DayOfWeek> WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @ParameterizedTest(name = "M {0}: \"{1}\" -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # M (Tue 24 Nov 2026 unless said) | phrase | the date | why
            2026-11-24 | by Friday                        | 2026-11-27 | the next Friday after M
            2026-11-27 | by Friday                        | 2026-12-04 | on a Friday, 'by Friday' is next week's: strictly after M
            2026-11-24 | by Tuesday                       | 2026-12-01 | a Tuesday's 'by Tuesday' is next week's
            2026-11-24 | you'll hear by next Monday       | 2026-11-30 | seed 002: next Monday, D = Mon
            2026-11-24 | on Wednesday                     | 2026-11-25 | any weekday named
            2026-11-24 | within 5 days                    | 2026-11-29 | M + N days
            2026-11-24 | within the next two weeks        | 2026-12-08 | N in words, 'the next'
            2026-11-24 | within the next 2 weeks          | 2026-12-08 | N in digits
            2026-11-24 | within twelve days               | 2026-12-06 | the largest word
            2026-11-24 | within 13 days                   | 2026-12-07 | digits go beyond twelve
            2026-11-24 | within one week                  | 2026-12-01 | one
            2026-11-24 | in a week                        | 2026-12-01 | 'a' is one after in/within
            2026-11-24 | in 3 days                        | 2026-11-27 | §4: in N days
            2026-11-24 | 7-10 days                        | 2026-12-04 | §4: a range by its far end (seed 004)
            2026-11-24 | within 7 to 10 days              | 2026-12-04 | a range in words
            2026-11-24 | within 10 business days          | 2026-12-08 | work days only
            2026-11-24 | next week                        | 2026-12-04 | the last work day of the week after M's
            2026-11-27 | next week                        | 2026-12-04 | from a Friday too
            2026-11-28 | next week                        | 2026-12-04 | from a Saturday: M's week is Mon 23-Sun 29
            2026-11-24 | by the end of next week          | 2026-12-04 | the end of next week
            2026-11-24 | early next week                  | 2026-12-01 | its second work day
            2026-11-29 | early next week                  | 2026-12-01 | from a Sunday: the week after Mon 23's
            2026-11-24 | by the middle of next week       | 2026-12-02 | its middle work day
            2026-11-24 | by the end of the week           | 2026-11-27 | seed 001: D = Fri
            2026-11-28 | by the end of the week           | 2026-12-04 | after this week's last work day: next week's
            2026-11-24 | by the end of the month          | 2026-11-30 | the last work day of M's month
            2026-11-24 | by December 4th                  | 2026-12-04 | <Month> <day>th
            2026-11-24 | by Dec. 4                        | 2026-12-04 | an abbreviated month
            2026-11-24 | 4 December                       | 2026-12-04 | <day> <Month>
            2026-11-24 | the 4th of December              | 2026-12-04 | <day> of <Month>
            2026-11-24 | by November 20                   | 2027-11-20 | on or after M: next year's
            2026-11-24 | by November 24th                 | 2026-11-24 | M itself is on or after M
            2026-12-31 | January 8                        | 2027-01-08 | across the year
            2026-11-24 | by Friday, December 4th          | 2026-12-04 | the date says which Friday
            2026-11-24 | by 2026-12-04                    | 2026-12-04 | §4: ISO
            2026-11-24 | tomorrow                         | 2026-11-25 | §4: tomorrow
            2026-11-24 | by end of day                    | 2026-11-24 | today
            2026-11-24 | BY FRIDAY                        | 2026-11-27 | case is ignored
            """)
    void namesTheDay(LocalDate m, String phrase, LocalDate expected, String why) {
        assertThat(DatePhrases.date(phrase, m, WEEK)).as(why).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" names no deadline: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            we met last Friday                     | the past
            after Friday                           | a start, not a deadline
            since Monday                           | the past
            every Monday                           | a habit
            for the next two weeks                 | a span, not a deadline
            3 days ago                             | the past
            once a week                            | 'a' alone is no number
            February 30th                          | no such day
            by 2025-01-01                          | a date in the past
            within a couple of weeks               | not a number
            in thirteen days                       | words stop at twelve
            """)
    void namesNothing(String phrase, String why) {
        assertThat(DatePhrases.date(phrase, LocalDate.of(2026, 11, 24), WEEK)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "work days {0}: next week from Tue 24 Nov is {1}")
    @CsvSource({"MONDAY-THURSDAY, 2026-12-03", "MONDAY-SATURDAY, 2026-12-05"})
    void workDaysComeFromTheConfig(String days, LocalDate expected) {
        String[] range = days.split("-");
        Set<DayOfWeek> work = EnumSet.range(DayOfWeek.valueOf(range[0]), DayOfWeek.valueOf(range[1]));
        assertThat(DatePhrases.date("next week", LocalDate.of(2026, 11, 24), work)).contains(expected);
    }
}
