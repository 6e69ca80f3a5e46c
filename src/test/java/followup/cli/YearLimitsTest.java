package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import followup.UserException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §4: years are 0001-9999; a date outside them, typed or reached by counting, is a usage
 * error (exit 2) before anything is written. And no day is printed so that it reads as one of
 * another year: near 9999-12-31 the playbook lists nothing it cannot date, and a calendar never
 * names year 10000.
 */
class YearLimitsTest {

    private static final Set<DayOfWeek> WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0} from {1}, today {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            7-10 days   | 9999-12-31 | 9999-12-31 | the far end of a range, from --on
            +1d         | 9999-12-31 | 9999-12-31 | one day on
            2w          | 9999-12-20 | 9999-12-20 | weeks
            tomorrow    | 9999-12-31 | 9999-12-31 | a named day
            fri         | 9999-12-31 | 9999-12-31 | the next Friday
            yesterday   | 0001-01-01 | 0001-01-01 | a day back
            0000-01-01  | 2026-11-23 | 2026-11-23 | year zero, typed
            +10000-01-01 | 2026-11-23 | 2026-11-23 | five digits, typed
            10000-01-01 | 2026-11-23 | 2026-11-23 | five digits, no sign
            """)
    void aDayOutsideYears0001To9999IsAUsageErrorNamingTheOption(String text, LocalDate base, LocalDate today,
            String why) {
        Assertions.assertThatThrownBy(() -> Dates.parse(text, base, today, WEEK, "--decision-by"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(UserException.USAGE))
                .hasMessageStartingWith("--decision-by: ")
                .hasMessageContaining("0001")
                .hasMessageContaining("9999")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            9999-12-31 | 2026-11-23 | the last day, typed
            0001-01-01 | 2026-11-23 | the first day, typed
            +0d        | 9999-12-31 | counting nothing on the last day
            today      | 9999-12-31 | the last day, named
            eom        | 9999-12-31 | the last work day of the last month
            yesterday  | 0001-01-02 | the first day, named
            """)
    void theFirstAndLastDaysAreAccepted(String text, LocalDate today, String why) {
        LocalDate d = Dates.parse(text, today, today, WEEK, "--on");
        assertThat(d).isBetween(FIRST, LAST);
    }

    @Test
    void logRefusesADecisionDatePast9999AndLeavesTheFileAsItWas() throws Exception {
        Run run = Run.in(home);
        assertThat(run.run("add", "Edge", "--no-input")).succeeded();
        Path file = home.resolve("applications/edge.yaml");
        String before = Files.readString(file);
        // on main: exit 3, "decision-by: +10000-01-10" written, and edge gone from today
        assertThat(run.run("log", "edge", "interview", "--on", "9999-12-31", "--decision-by", "7-10 days"))
                .exitsWith(2).noStackTrace()
                .errContains("--decision-by: '7-10 days' comes to +10000-01-10, outside the years 0001-9999");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
        assertThat(run.run("check")).succeeded();
        assertThat(run.run("list", "--json")).succeeded().outContains("\"id\" : \"edge\"");
    }

    @Test
    void asOfOutsideTheYearsIsRefused() throws Exception {
        Run run = Run.in(home);
        assertThat(run.run("add", "Edge", "--no-input")).succeeded();
        // on main: "Sat 1 Jan 0: nothing to do", exit 0
        assertThat(run.run("--as-of", "0000-01-01", "today")).exitsWith(2)
                .errContains("--as-of: 0000-01-01 is outside the years 0001-9999");
        assertThat(run.run("--as-of", "+10000-01-01", "today")).exitsWith(2).errContains("--as-of: ");
        assertThat(run.run("today", "--as-of", "0000-12-31")).exitsWith(2).errContains("--as-of: ");
        assertThat(run.run("--as-of", "9999-12-31", "log", "edge", "thanks", "--on", "tomorrow")).exitsWith(2)
                .errContains("--on: 'tomorrow' comes to +10000-01-01");
        assertThat(run.run("--as-of", "9999-12-31", "add", "Later", "--interview", "fri", "--no-input")).exitsWith(2)
                .errContains("--interview: 'fri' comes to +10000-01-07");
        assertThat(run.run("--as-of", "0001-01-01", "add", "Earlier", "--applied", "yesterday", "--no-input"))
                .exitsWith(2).errContains("--applied: 'yesterday' comes to 0000-12-31");
        assertThat(run.run("--as-of", "0001-01-20", "stats", "--since", "8w")).exitsWith(2).errContains("--since: ");
        // counting back from the last day stays inside the years
        assertThat(run.run("--as-of", "9999-12-31", "stats", "--since", "8w")).succeeded();
        assertThat(home.resolve("applications")).isDirectoryNotContaining("glob:**/{later,earlier}.yaml");
    }

    @Test
    void nearTheLastDayNothingIsListedThatNoFileCouldDate() throws Exception {
        Path apps = Files.createDirectories(home.resolve("applications"));
        // a thank-you due on the last day; a paper note and a check-in that would fall in year 10000
        Files.writeString(apps.resolve("edge.yaml"), """
                company: Edge
                interviews:
                  - date: 9999-12-30
                    time: "23:00"
                  - date: 9999-12-31
                    time: "23:30"
                decision-by: 9999-12-31
                """);
        Run run = Run.in(home).today(LAST);
        Run.Result today = run.run("today", "--days", "30", "--json");
        assertThat(today).succeeded();
        assertThat(today.out()).contains("\"due\" : \"9999-12-31\"").doesNotContain("+1000", "\"due\" : \"1");
        Run.Result text = run.run("today", "--days", "30");
        assertThat(text).succeeded().outContains("Fri 31 Dec 9999: ").noStackTrace();
        assertThat(text.out()).doesNotContain("Jan");
        assertThat(run.run("list")).succeeded();
        assertThat(run.run("show", "edge")).succeeded();
        Run.Result calendar = run.run("calendar", "--days", "30");
        assertThat(calendar).succeeded();
        // iCalendar years have four digits: an all-day event on the last day has no DTEND, a
        // timed one that ends in year 10000 a DURATION
        assertThat(calendar.out()).doesNotContain("+1000", ":10000").contains("DTSTART;VALUE=DATE:99991231",
                "DTSTART:99991231T233000", "DURATION:PT1H");
    }

    @Test
    void aDayOfAnotherYearIsPrintedWithItsYear() throws Exception {
        Path apps = Files.createDirectories(home.resolve("applications"));
        Files.writeString(apps.resolve("wayne.yaml"), """
                company: Wayne Enterprises
                status: rejected
                interviews:
                  - date: 2026-11-16
                log:
                  - date: 2026-11-20
                    event: rejected
                  - date: 2026-11-20
                    event: rejection-reply
                """);
        // keep-in-touch 90 days after Fri 20 Nov 2026: Thu 18 Feb 2027
        assertThat(Run.in(home).run("today", "--days", "90")).succeeded()
                .outContains("Thu 18 Feb 2027", "your last contact on Fri 20 Nov.");
        assertThat(Run.in(home).run("list", "--all")).succeeded().outContains("keep-in-touch, Thu 18 Feb 2027");
        assertThat(Run.in(home).today(LocalDate.of(2027, 3, 1)).run("today")).succeeded()
                .outContains("overdue Thu 18 Feb ", "your last contact on Fri 20 Nov 2026.");
        assertThat(Run.in(home).today(LocalDate.of(2027, 3, 1)).run("today").out()).doesNotContain("18 Feb 2027");
    }

    private Stream<Path> leftoversStream() throws Exception {
        return Files.list(home.resolve("applications")).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    private java.util.List<Path> leftovers() throws Exception {
        try (Stream<Path> s = leftoversStream()) {
            return s.toList();
        }
    }
}
