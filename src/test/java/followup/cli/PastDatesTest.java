package followup.cli;

import static followup.cli.Run.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 / SPEC §4: past dates as people say them, through the command line, on Monday 23 Nov 2026. */
class PastDatesTest {

    @TempDir
    Path home;

    @Test
    void onFriOnAMondayIsTheFridayJustGone() {
        Run run = Run.in(home).today(LocalDate.of(2026, 11, 23));
        run.run("add", "Hooli", "--interview", "2026-11-20", "--applied", "last mon", "--no-input");
        assertThat(run.run("show", "hooli")).succeeded().outContains("applied      Mon 16 Nov 2026");
        assertThat(run.run("log", "hooli", "thanks", "--on", "fri")).succeeded().outIs("hooli: logged thanks on 2026-11-20\n");
        assertThat(run.run("log", "hooli", "reply", "--on", "2 days ago")).succeeded().outContains("on 2026-11-21");
        assertThat(run.run("log", "hooli", "reply", "--on", "-1w")).succeeded().outContains("on 2026-11-16");
        // an interview may be ahead: its weekday is the next one
        assertThat(run.run("log", "hooli", "interview", "--on", "fri")).succeeded().outContains("on 2026-11-27");
    }
}
