package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The everyday commands, in-process through the same factory and error handler as main. */
class CommandsTest {

    @TempDir
    Path home;

    private Path file(String id) {
        return home.resolve("applications/" + id + ".yaml");
    }

    @Test
    void addThenLogThenShowKeepsEverything() throws Exception {
        Run run = Run.in(home);
        assertThat(run.run("add", "Acme Corp.", "--role", "Backend Engineer", "--contact", "Jane Doe <jane@acme.example>",
                "--interview", "2026-11-20", "--at", "14:00", "--decision-by", "7-10 days")).succeeded().outIs("acme-corp\n");
        assertThat(Files.readString(file("acme-corp"))).contains("decision-by: 2026-11-30", "time: \"14:00\"");
        assertThat(run.run("log", "acme-corp", "thanks", "--on", "2026-11-20")).succeeded()
                .outIs("acme-corp: logged thanks on 2026-11-20\n").errIsEmpty();
        assertThat(run.run("show", "acme-corp")).succeeded().outContains("2026-11-20  thanks", "Jane Doe");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        Path other = home.resolve("other");
        Run run = Run.in(home);
        assertThat(run.run("--home", other.toString(), "add", "Globex", "--no-input")).succeeded().outIs("globex\n")
                .errIsEmpty();
        assertThat(other.resolve("applications/globex.yaml")).exists();
        assertThat(run.run("list", "--home", other.toString())).succeeded().outContains("globex");
        assertThat(run.run("list")).succeeded().outContains("No applications yet");
        assertThat(run.run("add", "Initech", "--as-of", "2026-11-10", "--interview", "tomorrow")).succeeded()
                .outIs("initech\n").errIsEmpty();
        assertThat(run.run("--as-of", "2026-11-10", "show", "initech")).succeeded().outContains("Wed 11 Nov 2026");
    }

    @Test
    void addAsksForWhatIsMissingOnATerminalOnly() throws Exception {
        Run run = Run.in(home).terminal(100, "Umbrella Health", "Data Engineer", "Alice Abernathy <alice@umbrella.example>",
                "", "2026-11-20", "13:00", "", "eow", "her lineage tool");
        assertThat(run.run("add")).succeeded().outIs("umbrella-health\n");
        assertThat(run.asked).hasSize(9).first().asString().startsWith("Company");
        String text = Files.readString(file("umbrella-health"));
        assertThat(text).contains("role: Data Engineer", "email: alice@umbrella.example", "date: 2026-11-20",
                "time: \"13:00\"", "anchor: her lineage tool", "decision-by: 2026-11-27");
        // --no-input and a non-terminal never ask: the missing company is a usage error
        assertThat(Run.in(home).terminal(100).run("add", "--no-input")).exitsWith(2).errContains("COMPANY is missing");
        assertThat(Run.in(home).run("add")).exitsWith(2).errContains("COMPANY is missing").outIs("");
    }

    @Test
    void everyEventHasItsEffect() throws Exception {
        Run run = Run.in(home);
        assertThat(run.run("add", "Acme", "--interview", "2026-11-16", "--no-input")).succeeded().outIs("acme\n");
        assertThat(run.run("log", "acme", "interview", "--on", "2026-11-30", "--at", "9:30", "--with", "Jane Doe",
                "--with", "Sam Lee")).succeeded().outIs("acme: logged interview on 2026-11-30 (status: interviewing)\n")
                .errIsEmpty();
        assertThat(Files.readString(file("acme"))).contains("- date: 2026-11-30\n    time: \"09:30\"\n    with: [Jane Doe, Sam Lee]");
        assertThat(run.run("log", "acme", "timeline", "--decision-by", "fri", "--note", "board meets")).succeeded()
                .outIs("acme: logged timeline on 2026-11-23 (decision by 2026-11-27)\n");
        assertThat(Files.readString(file("acme"))).contains("decision-by: 2026-11-27", "with: [Jane Doe, Sam Lee]",
                "event: timeline\n    decision-by: 2026-11-27\n    note: board meets");
        assertThat(run.run("log", "acme", "delayed", "--decision-by", "+2w", "--on", "2026-11-20")).succeeded()
                .outIs("acme: logged delayed on 2026-11-20 (decision by 2026-12-04)\n");
        assertThat(Files.readString(file("acme"))).contains("decision-by: 2026-12-04");
        // a delay with no new date: logged, the decision date left as it was
        assertThat(run.run("log", "acme", "delayed")).succeeded().outIs("acme: logged delayed on 2026-11-23\n");
        assertThat(Files.readString(file("acme"))).contains("decision-by: 2026-12-04\nlog:")
                .contains("- date: 2026-11-23\n    event: delayed\n");
        assertThat(run.run("log", "acme", "feedback", "--note", "more system design")).succeeded()
                .outIs("acme: logged feedback on 2026-11-23\n");
        for (String[] outcome : List.of(new String[] {"offer", "offer"}, new String[] {"accepted", "accepted"},
                new String[] {"declined", "declined"}, new String[] {"withdrew", "withdrawn"},
                new String[] {"closed", "closed"}, new String[] {"rejected", "rejected"})) {
            assertThat(run.run("log", "acme", outcome[0])).succeeded().errIsEmpty()
                    .outIs("acme: logged " + outcome[0] + " on 2026-11-23 (status: " + outcome[1] + ")\n");
            assertThat(Files.readString(file("acme"))).contains("status: " + outcome[1]);
        }
        for (String sent : List.of("thanks", "note", "linkedin", "check-in", "follow-up", "told-offer",
                "rejection-reply", "keep-in-touch", "reply")) {
            String before = Files.readString(file("acme"));
            assertThat(run.run("log", "acme", sent)).as(sent).succeeded().outIs("acme: logged " + sent + " on 2026-11-23\n")
                    .errIsEmpty();
            String after = Files.readString(file("acme"));
            assertThat(after).as(sent).startsWith(before.stripTrailing()).endsWith("- date: 2026-11-23\n    event: " + sent + "\n");
        }
        assertThat(run.run("show", "acme", "--json")).succeeded().outContains("\"event\" : \"keep-in-touch\"",
                "\"status\" : \"rejected\"", "\"note\" : \"more system design\"");
        assertThat(run.run("check")).succeeded().outIs("ok: 1 application checked in " + home.resolve("applications")
                + "\n").errIsEmpty();
    }

    @Test
    void logRefusesWhatDoesNotFit() throws Exception {
        Run run = Run.in(home);
        run.run("add", "Acme", "--no-input");
        String before = Files.readString(file("acme"));
        assertThat(run.run("log", "acme", "feedback")).exitsWith(2).errContains("feedback needs --note");
        assertThat(run.run("log", "acme", "thanks", "--at", "10:00")).exitsWith(2).errContains("--at goes with interview");
        assertThat(run.run("log", "acme", "reply", "--decision-by", "fri")).exitsWith(2)
                .errContains("--decision-by goes with timeline, delayed or interview, not reply");
        assertThat(run.run("log", "acme", "thanks", "--on", "2026-02-30")).exitsWith(2).errContains("not a real date");
        assertThat(run.run("log", "acme", "interview", "--at", "25:00")).exitsWith(2).errContains("HH:MM");
        assertThat(run.run("log", "acme", "thanks", "--with", "A", "--with", "B")).exitsWith(2)
                .errContains("thanks takes one --with NAME; log each thank-you on its own");
        assertThat(Files.readString(file("acme"))).as("nothing logged").isEqualTo(before);
    }

    @Test
    void oneBadFileNeverHidesTheOthers() throws Exception {
        Run run = Run.in(home);
        run.run("add", "Acme", "--interview", "2026-11-23", "--no-input");
        run.run("add", "Globex", "--no-input");
        Files.writeString(file("broken"), "company: Broken\nstatus: pending SECRET\n");
        assertThat(run.run("list")).exitsWith(1).outContains("acme", "globex")
                .errContains(file("broken") + ":2:9: 'status' must be one of").noStackTrace();
        assertThat(run.run("today")).exitsWith(1).outContains("thanks");
        assertThat(run.run("today", "--json")).exitsWith(1)
                .outContains("\"file\" : \"applications/broken.yaml\"", "\"line\" : 2");
        assertThat(run.run("check")).exitsWith(1).outContains("broken.yaml:2:9:");
        assertThat(run.run("show", "broken")).exitsWith(1).errContains("broken.yaml:2:9");
        assertThat(run.run("log", "broken", "thanks")).exitsWith(1).errContains("followup edit broken");
        for (Run.Result r : List.of(run.run("list"), run.run("check"), run.run("today", "--json"))) {
            assertThat(r.out() + r.err()).doesNotContain("SECRET");
        }
        assertThat(Files.readString(file("broken"))).isEqualTo("company: Broken\nstatus: pending SECRET\n");
    }

    @Test
    void todayOnAMissingOrEmptyHomeSaysThereIsNothingToDo() throws Exception {
        Run run = Run.in(home.resolve("missing"));
        assertThat(run.run("today")).succeeded().outContains("nothing to do", "No applications");
        assertThat(Files.exists(home.resolve("missing"))).isFalse();
        Files.createDirectories(home.resolve("empty"));
        assertThat(Run.in(home.resolve("empty")).run("today", "--quiet")).succeeded().outIs("").errIsEmpty();
    }

    /** SPEC §5: a mistyped FOLLOWUP_HOME in a crontab must not stay silent, even with --quiet. */
    @Test
    void readCommandsOnAMissingHomeSaySoInOneLineAndSucceed() {
        Path missing = home.resolve("mistyped");
        Run run = Run.in(missing);
        for (String[] command : List.of(new String[] {"today", "--quiet"}, new String[] {"today"},
                new String[] {"today", "--json"}, new String[] {"list"}, new String[] {"stats"}, new String[] {"check"},
                new String[] {"calendar"})) {
            Run.Result r = run.run(command);
            assertThat(r).as(String.join(" ", command)).succeeded();
            assertThat(r.err()).as(String.join(" ", command))
                    .isEqualTo("followup: no data home at " + missing + " (nothing to read yet; --home, FOLLOWUP_HOME or "
                            + "XDG_DATA_HOME choose it, and 'followup add' makes it)\n");
        }
        assertThat(run.run("today", "--quiet").out()).isEmpty();
        assertThat(Files.exists(missing)).as("reading never makes the home").isFalse();
    }

    @Test
    void quietPrintsOnlyWhenSomethingIsDue() {
        Run run = Run.in(home);
        run.run("add", "Acme", "--interview", "2026-11-30", "--no-input");
        assertThat(run.run("today", "--quiet")).succeeded().outIs("");
        assertThat(run.today(LocalDate.of(2026, 11, 30)).run("today", "--quiet")).succeeded().outContains("thanks");
    }

    @Test
    void listFiltersByStatusAndHidesClosedOnes() {
        Run run = Run.in(home);
        run.run("add", "Acme", "--no-input");
        run.run("add", "Globex", "--no-input");
        run.run("log", "globex", "rejected");
        assertThat(run.run("list")).succeeded().outContains("acme").satisfies(r -> assertThat(r.out()).doesNotContain("globex"));
        assertThat(run.run("list", "--all")).succeeded().outContains("acme", "globex");
        assertThat(run.run("list", "--status", "rejected", "--json")).succeeded()
                .outContains("\"id\" : \"globex\"", "\"action\" : \"rejection-reply\"")
                .satisfies(r -> assertThat(r.out()).doesNotContain("\"acme\""));
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        Run.in(home).run("add", "Acme", "--interview", "2026-11-23", "--no-input");
        assertThat(Run.in(home).terminal(120).run("today").out()).contains("\u001b[");
        assertThat(Run.in(home).terminal(120).run("today", "--no-color").out()).doesNotContain("\u001b[");
        assertThat(Run.in(home).terminal(120).env("NO_COLOR", "1").run("today").out()).doesNotContain("\u001b[");
        assertThat(Run.in(home).run("today").out()).doesNotContain("\u001b[");
    }

    @Test
    void aBadConfigIsNamedAtItsLine() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("config.yaml"), "playbook:\n  follow-up-evry: 10\n");
        assertThat(Run.in(home).run("today")).exitsWith(1).errContains("config.yaml:2:3: unknown setting in 'playbook'");
    }

    @Test
    void debugShowsTheStackTraceOtherwiseNever() {
        assertThat(Run.in(home).run("show", "nope")).exitsWith(1).noStackTrace();
        assertThat(Run.in(home).run("show", "nope", "--debug")).exitsWith(1).errContains("\tat ");
        assertThat(Run.in(home).env("FOLLOWUP_DEBUG", "1").run("show", "nope")).exitsWith(1).errContains("\tat ");
    }

    @Test
    void completionPrintsTheCommittedScriptsFromTheWholeTree() throws Exception {
        // runs through Cli.run, which builds only the command that runs: completion must still see them all
        for (String[] shell : new String[][] {{"bash", "followup.bash"}, {"zsh", "_followup"}, {"fish", "followup.fish"}}) {
            assertThat(Run.in(home).run("completion", shell[0])).succeeded()
                    .outIs(Files.readString(Path.of("completions", shell[1])));
        }
    }

    @Test
    void versionAndHelp() {
        assertThat(Run.in(home).run("--version")).succeeded().outContains("followup ");
        assertThat(Run.in(home).run("--help")).succeeded().outContains("Exit codes:", "today", "draft");
        assertThat(Run.in(home).run("log", "-h")).succeeded().outContains("--decision-by");
    }
}
