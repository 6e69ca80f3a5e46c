package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 / SPEC §5: {@code followup skip ID ACTION [--to NAME] [--until DATE]}. */
class SkipCommandTest {

    @TempDir
    Path home;

    private Run on(int month, int day) {
        return Run.in(home).today(LocalDate.of(2026, month, day));
    }

    @BeforeEach
    void anInterviewOnFriday() {
        // Fri 20 Nov, two interviewers, no decision date: LinkedIn due Mon 23, check-in Fri 27
        assertThat(on(11, 20).run("add", "Initech", "--interview", "today", "--kind", "video", "--with", "Bill Lumbergh",
                "--with", "Peter Gibbons", "--no-input")).succeeded();
        on(11, 20).run("log", "initech", "thanks");
    }

    private String actions(Run run) {
        return run.run("today", "--json").out();
    }

    @Test
    void aSkippedActionIsNotListedAndTheEntryNamesIt() throws Exception {
        assertThat(actions(on(11, 23))).contains("\"action\" : \"linkedin\"");
        assertThat(on(11, 23).run("skip", "initech", "linkedin", "--note", "not on LinkedIn")).succeeded()
                .outIs("initech: skipped linkedin on 2026-11-23\n");
        assertThat(Files.readString(home.resolve("applications/initech.yaml")))
                .contains("event: skipped\n    action: linkedin\n    note: not on LinkedIn\n");
        assertThat(actions(on(11, 23))).doesNotContain("\"action\" : \"linkedin\"");
        assertThat(actions(on(12, 3))).doesNotContain("\"action\" : \"linkedin\"");
    }

    @Test
    void untilBringsItBackDueThatDay() {
        Run friday = on(11, 27);
        assertThat(friday.run("skip", "initech", "check-in", "--until", "wed")).succeeded()
                .outContains("it comes back on 2026-12-02");
        assertThat(actions(on(11, 30))).doesNotContain("\"action\" : \"check-in\"");
        assertThat(actions(on(12, 2))).contains("\"action\" : \"check-in\",\n    \"due\" : \"2026-12-02\"");
    }

    @Test
    void aNewWaitBringsTheActionBack() {
        assertThat(on(11, 27).run("skip", "initech", "check-in")).succeeded();
        assertThat(actions(on(11, 27))).doesNotContain("\"action\" : \"check-in\"");
        // they answer on Mon 30 Nov: a new wait, a new check-in a week later
        on(11, 30).run("log", "initech", "reply");
        assertThat(actions(on(12, 7))).contains("\"action\" : \"check-in\"");
    }

    @Test
    void onlyADueActionCanBeSkippedAndLogRefusesSkipped() {
        assertThat(on(11, 23).run("skip", "initech", "check-in")).exitsWith(1).errContains("no check-in is due");
        assertThat(on(11, 23).run("skip", "initech", "linkedn")).exitsWith(2).errContains("did you mean 'linkedin'?");
        assertThat(on(11, 23).run("skip", "initech", "linkedin", "--until", "yesterday")).exitsWith(2)
                .errContains("--until");
        assertThat(on(11, 23).run("log", "initech", "skipped")).exitsWith(2).errContains("followup skip");
    }
}
