package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, SPEC §5 {@code add} on a terminal: each answer is checked as it is typed and asked
 * again when wrong (nothing typed before is lost), several contacts and interviewers, and Ctrl-C
 * leaves nothing written. The prompts answer from a script (see {@link Run#terminal}).
 */
class AddPromptsTest {

    @TempDir
    Path home;

    private Run terminal(String... answers) {
        return Run.in(home).today(LocalDate.of(2026, 11, 23)).terminal(100, answers);
    }

    private Path file(String id) {
        return home.resolve("applications/" + id + ".yaml");
    }

    @Test
    void aWrongDateOrTimeIsAskedAgainWithTheReasonAndEveryOtherAnswerIsKept() throws Exception {
        Run run = terminal("Initech", "Engineer", "Bill Lumbergh", "",
                "wednesdy", "wed",
                "10am", "25:00", "10:30",
                "",
                "someday", "7-10 days",
                "the TPS reports");
        assertThat(run.run("add")).succeeded().outIs("initech\n");
        assertThat(run.asked).containsExactly("Company", "Role", "Contact (Name <email> phone)",
                "Another contact (Enter when done)",
                "Interview date (2026-11-27, tomorrow, fri, ...)", "Interview date (2026-11-27, tomorrow, fri, ...)",
                "Interview time (HH:MM)", "Interview time (HH:MM)", "Interview time (HH:MM)",
                "Who interviews you? (Enter when done)",
                "When will you hear? (date, '7-10 days', eow)", "When will you hear? (date, '7-10 days', eow)",
                "A personal hook from the interview (a book, a project)");
        assertThat(run.refused).hasSize(4);
        assertThat(run.refused.get(0)).startsWith("'wednesdy' is not a date").doesNotContain("--interview");
        assertThat(run.refused.get(1)).isEqualTo("'10am' is not a time; use HH:MM, like 14:00");
        assertThat(run.refused.get(2)).startsWith("'25:00' is not a time");
        assertThat(run.refused.get(3)).startsWith("'someday' is not a date");
        // wed after Mon 23 Nov is the 25th; 7-10 days counts from the interview (not today: 3 Dec)
        assertThat(Files.readString(file("initech"))).contains("role: Engineer", "name: Bill Lumbergh",
                "date: 2026-11-25", "time: \"10:30\"", "decision-by: 2026-12-05", "anchor: the TPS reports");
    }

    @Test
    void severalContactsAndInterviewersNamedByFirstName() throws Exception {
        Run run = terminal("Globex", "Designer",
                "Hank Scorpio <hank@globex.example>", "Jane Doe +1 555 0199", "Jane <nope>", "Jane Roe", "",
                "2026-11-20", "",
                "jane", "Jane D", "hank", "Frank Grimes", "",
                "", "");
        assertThat(run.run("add")).succeeded().outIs("globex\n");
        assertThat(run.refused).containsExactly("'nope' is not an email address; expected " + ContactText.FORM,
                "'jane' could be Jane Doe or Jane Roe; type more of the name");
        String text = Files.readString(file("globex"));
        assertThat(text).contains("name: Hank Scorpio", "email: hank@globex.example", "name: Jane Doe",
                "phone: \"+1 555 0199\"", "name: Jane Roe", "with: [Jane Doe, Hank Scorpio, Frank Grimes]");
        assertThat(run.asked).contains("Another contact (Enter when done)", "Who else? (Enter when done)");
    }

    @Test
    void blankSkipsButTheCompanyIsAskedUntilGiven() throws Exception {
        Run run = terminal("", "Hooli", "", "", "");
        assertThat(run.run("add")).succeeded().outIs("hooli\n");
        assertThat(run.refused).singleElement().asString().contains("company");
        assertThat(Files.readString(file("hooli"))).doesNotContain("role:", "contacts:", "interviews:");
    }

    @Test
    void ctrlCAtAnyPromptExits130AndWritesNothing() throws Exception {
        Run run = terminal("Initech", "Engineer", "Bill Lumbergh", "", "wed", Run.CTRL_C);
        assertThat(run.run("add")).exitsWith(130).errContains("followup: cancelled; nothing was written").noStackTrace();
        assertThat(home.resolve("applications")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aTwinIsRefusedRightAfterTheRoleNotAfterEveryQuestion() {
        assertThat(Run.in(home).run("add", "Globex", "--role", "Designer", "--no-input")).succeeded();
        Run run = terminal("globex", "designer");
        assertThat(run.run("add")).exitsWith(1).errContains("is already there as 'globex'");
        assertThat(run.asked).containsExactly("Company", "Role");
    }

    @Test
    void neverAsksWithoutATerminalOrWithNoInput() {
        assertThat(Run.in(home).run("add", "Globex")).succeeded();
        assertThat(terminal().run("add", "Hooli", "--no-input")).succeeded();
    }
}
