package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 / SPEC §5-§6: {@code followup done ID [ACTION]} logs the event that ends a due action. */
class DoneCommandTest {

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void anInterviewToday() {
        run = Run.in(home).today(LocalDate.of(2026, 11, 23));
        assertThat(run.run("add", "Initech", "--contact", "Bill Lumbergh <bill@initech.example>", "--interview", "today",
                "--at", "10:00", "--kind", "video", "--with", "Bill", "--with", "Peter Gibbons", "--no-input")).succeeded();
    }

    private String file() throws Exception {
        return Files.readString(home.resolve("applications/initech.yaml"));
    }

    @Test
    void thePersonOfAPerPersonActionIsNamedWithTo() throws Exception {
        assertThat(run.run("done", "initech", "thanks")).exitsWith(2)
                .errContains("thanks is due for Bill Lumbergh, Peter Gibbons; say whom with --to NAME");
        assertThat(run.run("done", "initech", "thanks", "--to", "peter")).succeeded()
                .outIs("initech: logged thanks on 2026-11-23\n");
        assertThat(file()).contains("event: thanks\n    with: Peter Gibbons\n");
        // the other thank-you is still due, and is now the one
        assertThat(run.run("today", "--json").out()).contains("\"to\" : \"Bill Lumbergh\"").doesNotContain("\"to\" : \"Peter Gibbons\"");
        assertThat(run.run("done", "initech", "thanks", "--to", "peter")).exitsWith(2).errContains("not due for Peter Gibbons");
    }

    @Test
    void withoutAnActionTheOnlyOneDueIsMeant() throws Exception {
        assertThat(run.run("done", "initech")).exitsWith(2).errContains("more than one action of initech is due",
                "ask-timeline", "thanks (Bill Lumbergh)");
        run.run("log", "initech", "timeline", "--decision-by", "fri");
        run.run("log", "initech", "thanks");
        assertThat(run.run("done", "initech")).exitsWith(1).errContains("nothing is due for initech");
    }

    @Test
    void eachActionLogsTheEventThatEndsIt() throws Exception {
        assertThat(run.run("done", "initech", "ask-timeline")).exitsWith(2).errContains("--decision-by DATE");
        assertThat(run.run("done", "initech", "ask-timeline", "--decision-by", "fri")).succeeded()
                .outContains("logged timeline on 2026-11-23", "decision by 2026-11-27");
        run.run("log", "initech", "thanks");
        Run early = Run.in(home).today(LocalDate.of(2026, 11, 26));
        assertThat(early.run("done", "initech", "check-in")).exitsWith(1)
                .errContains("no check-in is due"); // due Mon 30 Nov: two days after Fri 27, rolled to a work day
        Run checkIn = Run.in(home).today(LocalDate.of(2026, 11, 30));
        assertThat(checkIn.run("done", "initech", "check-in", "--note", "by mail")).succeeded()
                .outIs("initech: logged check-in on 2026-11-30\n");
        assertThat(file()).contains("event: check-in\n    note: by mail\n");
        assertThat(checkIn.run("done", "initech", "chek-in")).exitsWith(2).errContains("did you mean 'check-in'?");
    }

    @Test
    void logTakesActionNamesForTheirEvents() throws Exception {
        assertThat(run.run("log", "initech", "paper-note")).succeeded().outIs("initech: logged note on 2026-11-23\n");
        assertThat(run.run("log", "initech", "tell-offer")).succeeded().outContains("logged told-offer");
        assertThat(run.run("log", "initech", "answer-offer")).exitsWith(2).errContains("log accepted or declined");
        assertThat(run.run("log", "initech", "move-on")).succeeded().outContains("logged closed", "status: closed");
    }
}
