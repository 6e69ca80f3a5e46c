package followup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form of {@link DateText}, held to what the JDK's English formatter prints (the formatter
 * the commands used before, which a cold start cannot afford), at the edges of the years a file
 * may hold too.
 */
class DateTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Two whole years (one of them a leap year), and the first and last weeks of years 0001-9999. */
    private static List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            days.add(d);
        }
        for (int i = 0; i < 40; i++) {
            days.add(LocalDate.of(1, 1, 1).plusDays(i));
            days.add(LocalDate.of(9999, 12, 31).minusDays(i));
        }
        days.add(LocalDate.of(999, 12, 31));
        days.add(LocalDate.of(1000, 1, 1));
        return days;
    }

    private static String english(String pattern, LocalDate d) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(d);
    }

    @Test
    void everyFormIsWhatTheEnglishFormatterPrints() {
        for (LocalDate d : days()) {
            assertThat(DateText.day(d)).as("%s", d).isEqualTo(english("EEE d MMM", d));
            assertThat(DateText.weekday(d)).as("%s", d).isEqualTo(english("EEEE", d))
                    .isEqualTo(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            assertThat(DateText.dayAndPaddedYear(d)).as("%s", d).isEqualTo(english("EEE d MMM yyyy", d));
            assertThat(DateText.letterDate(d)).as("%s", d).isEqualTo(english("d MMMM yyyy", d));
            assertThat(DateText.longDay(d, d)).as("%s", d).isEqualTo(english("EEEE d MMMM", d));
            assertThat(DateText.month(d, d)).as("%s", d).isEqualTo(english("MMMM", d));
        }
    }

    @Test
    void weekdaysInOrder() {
        List<String> names = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 23); names.size() < 7; d = d.plusDays(1)) {
            names.add(DateText.day(d).substring(0, 3) + "/" + DateText.weekday(d));
        }
        assertThat(names).containsExactly("Mon/Monday", "Tue/Tuesday", "Wed/Wednesday", "Thu/Thursday",
                "Fri/Friday", "Sat/Saturday", "Sun/Sunday");
        assertThat(DateText.weekday(LocalDate.of(1, 1, 1))).isEqualTo("Monday");
        assertThat(LocalDate.of(9999, 12, 31).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(DateText.day(LocalDate.of(9999, 12, 31))).isEqualTo("Fri 31 Dec");
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | 2026-11-23 | Mon 23 Nov       | Mon 23 Nov       | Mon 23 Nov 2026 | Monday 23 November      | November
            2026-12-18 | 2027-01-04 | Fri 18 Dec 2026  | Fri 18 Dec 2026  | Fri 18 Dec 2026 | Friday 18 December 2026 | December 2026
            0001-01-01 | 2026-11-23 | Mon 1 Jan 1      | Mon 1 Jan 0001   | Mon 1 Jan 1     | Monday 1 January 1      | January 1
            0001-01-02 | 0001-01-01 | Tue 2 Jan        | Tue 2 Jan        | Tue 2 Jan 1     | Tuesday 2 January       | January
            0999-12-31 | 2026-11-23 | Tue 31 Dec 999   | Tue 31 Dec 0999  | Tue 31 Dec 999  | Tuesday 31 December 999 | December 999
            9999-12-31 | 2026-11-23 | Fri 31 Dec 9999  | Fri 31 Dec 9999  | Fri 31 Dec 9999 | Friday 31 December 9999 | December 9999
            9999-12-31 | 9999-12-30 | Fri 31 Dec       | Fri 31 Dec       | Fri 31 Dec 9999 | Friday 31 December      | December
            """)
    void theYearIsShownOnlyWhenItIsNotTodays(LocalDate date, LocalDate today, String day, String padded,
            String dayAndYear, String longDay, String month) {
        assertThat(DateText.day(date, today)).isEqualTo(day);
        assertThat(DateText.dayPadded(date, today)).isEqualTo(padded);
        assertThat(DateText.dayAndYear(date)).isEqualTo(dayAndYear);
        assertThat(DateText.longDay(date, today)).isEqualTo(longDay);
        assertThat(DateText.month(date, today)).isEqualTo(month);
    }

    @Test
    void timesInHoursAndMinutes() {
        assertThat(DateText.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(DateText.time(LocalTime.of(14, 0))).isEqualTo("14:00");
        assertThat(DateText.time(LocalTime.MIDNIGHT)).isEqualTo("00:00");
        assertThat(DateText.time(LocalTime.of(23, 59, 59))).isEqualTo("23:59");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
             0 | today                             | today
             1 | yesterday                         | tomorrow
             2 | on Saturday                       | on Wednesday
             6 | on Tuesday                        | on Sunday
             7 | on Monday 16 November             | on Monday 30 November
             -1 | on Tuesday 24 November           | on Sunday 22 November
             42 | on Monday 12 October             | on Monday 4 January 2027
            """)
    void daysInASentence(int days, String past, String ahead) {
        assertThat(DateText.past(TODAY.minusDays(days), TODAY)).isEqualTo(past);
        assertThat(DateText.ahead(TODAY.plusDays(days), TODAY)).isEqualTo(ahead);
    }

    @Test
    void daysInASentenceAcrossAYear() {
        LocalDate fri20 = LocalDate.of(2026, 11, 20);
        assertThat(DateText.past(fri20, LocalDate.of(2027, 1, 4))).isEqualTo("on Friday 20 November 2026");
        assertThat(DateText.ahead(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1))).isEqualTo("today");
        assertThat(DateText.past(LocalDate.of(9999, 12, 24), LocalDate.of(9999, 12, 31))).isEqualTo("on Friday 24 December");
    }

    @Test
    void aLeafThatImportsNothingOfFollowup() throws IOException {
        // schedule, draft, ics and the commands all print dates through it: it must not reach back
        try (var files = Files.list(Path.of("src/main/java/followup/text"))) {
            for (Path source : files.toList()) {
                assertThat(Files.readString(source)).as("%s", source).doesNotContain("import followup.")
                        .doesNotContain("import java.time.format");
            }
        }
    }
}
