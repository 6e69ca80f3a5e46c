package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: contacts, interviewers and names as people type them (SPEC §5 add and log). */
class PeopleOnTheCommandLineTest {

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void start() {
        run = Run.in(home).today(LocalDate.of(2026, 11, 23));
    }

    private String file(String id) throws Exception {
        return Files.readString(home.resolve("applications/" + id + ".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Art Vandelay +1 555 0142                          | Art Vandelay | ''                     | '"+1 555 0142"'
            Jane Doe <jane@acme.example>                      | Jane Doe     | jane@acme.example      | ''
            Jane Doe <jane@acme.example> (555) 010-0100       | Jane Doe     | jane@acme.example      | '"(555) 010-0100"'
            '  Zoë   Martin   '                               | Zoë Martin   | ''                     | ''
            Room 101 Team                                     | Room 101 Team | ''                    | ''
            """)
    void aContactIsANameAnEmailAndAPhone(String typed, String name, String email, String phone) throws Exception {
        assertThat(run.run("add", "Vandelay Industries", "--contact", typed, "--no-input")).succeeded();
        String text = file("vandelay-industries");
        assertThat(text).contains("- name: " + name + "\n");
        if (email.isEmpty()) {
            assertThat(text).doesNotContain("email:");
        } else {
            assertThat(text).contains("email: " + email + "\n");
        }
        if (phone.isEmpty()) {
            assertThat(text).doesNotContain("phone:");
        } else {
            assertThat(text).contains("phone: " + phone + "\n");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <jane@acme.example>          | a contact needs a name
            Jane <not-an-address>        | 'not-an-address' is not an email address
            Jane <a@b.example> <c@d.example> | one <email> per contact
            +1 555 0142                  | a contact needs a name
            """)
    void aContactThatIsNotOneIsAUsageError(String typed, String why) {
        assertThat(run.run("add", "Acme", "--contact", typed, "--no-input")).exitsWith(2).errContains("--contact: ", why);
        assertThat(home.resolve("applications")).doesNotExist();
    }

    @Test
    void theSameCompanyAndRoleTwiceIsRefusedUnlessAnIdIsGiven() throws Exception {
        assertThat(run.run("add", "Globex", "--role", "Backend Engineer", "--no-input")).succeeded().outIs("globex\n");
        assertThat(run.run("add", "globex", "--role", "backend  engineer", "--no-input")).exitsWith(1)
                .errContains("Globex — Backend Engineer is already there as 'globex'", "--id globex-2");
        assertThat(home.resolve("applications/globex-2.yaml")).doesNotExist();
        // another role at the same company is another application
        assertThat(run.run("add", "Globex", "--role", "Data Engineer", "--no-input")).succeeded().outIs("globex-2\n");
        // a second application for the same job, meant
        assertThat(run.run("add", "Globex", "--role", "Backend Engineer", "--id", "globex-again", "--no-input"))
                .succeeded().outIs("globex-again\n");
    }

    @Test
    void addNamesTheInterviewersOfItsInterview() throws Exception {
        assertThat(run.run("add", "Initech", "--contact", "Bill Lumbergh <bill@initech.example>", "--interview",
                "2026-11-25", "--at", "10:00", "--kind", "onsite", "--with", "bill", "--with", "Peter Gibbons", "--no-input"))
                .succeeded();
        assertThat(file("initech")).contains("with: [Bill Lumbergh, Peter Gibbons]", "kind: onsite");
        assertThat(run.run("add", "Hooli", "--with", "Gavin", "--no-input")).exitsWith(2)
                .errContains("--with needs --interview DATE");
    }

    @Test
    void withTakesAFirstNameOrPartIgnoringCaseAndAccents() throws Exception {
        run.run("add", "Initech", "--contact", "Bill Lumbergh", "--contact", "Zoë Martin", "--interview", "2026-11-20",
                "--with", "Bill Lumbergh", "--with", "Zoë Martin", "--no-input");
        assertThat(run.run("log", "initech", "thanks", "--with", "bill", "--on", "2026-11-20")).succeeded();
        assertThat(run.run("log", "initech", "thanks", "--with", "Zoe", "--on", "2026-11-20")).succeeded();
        assertThat(file("initech")).contains("with: Bill Lumbergh\n", "with: Zoë Martin\n");
        // nobody by that name: refused with the names that would have worked, nothing written
        String before = file("initech");
        assertThat(run.run("log", "initech", "thanks", "--with", "Bob")).exitsWith(2)
                .errContains("--with: no one named 'Bob' at Initech; known: Bill Lumbergh, Zoë Martin");
        assertThat(file("initech")).isEqualTo(before);
    }

    @Test
    void aNameThatCouldBeTwoPeopleIsRefused() throws Exception {
        run.run("add", "Initech", "--contact", "Bill Lumbergh", "--contact", "Bill Porter", "--no-input");
        assertThat(run.run("log", "initech", "thanks", "--with", "bill")).exitsWith(2)
                .errContains("'bill' could be Bill Lumbergh or Bill Porter");
        assertThat(run.run("log", "initech", "thanks", "--with", "bill p")).succeeded();
        assertThat(file("initech")).contains("with: Bill Porter\n");
    }

    @Test
    void anInterviewOnADayThatHasOneCompletesItAndKeepsTheFile() throws Exception {
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/globex.yaml"), """
                company: Globex
                interviews:
                  - date: 2026-11-25   # the second round
                    room: 4B
                """);
        assertThat(run.run("log", "globex", "interview", "--on", "2026-11-25", "--at", "14:00", "--with", "Dana",
                "--kind", "video")).succeeded();
        assertThat(file("globex")).isEqualTo("""
                company: Globex
                interviews:
                  - date: 2026-11-25   # the second round
                    room: 4B
                    time: "14:00"
                    with: [Dana]
                    kind: video
                """);
        // the same round again, with someone else: one more name, still one round
        assertThat(run.run("log", "globex", "interview", "--on", "2026-11-25", "--with", "Sam Lee")).succeeded();
        assertThat(file("globex")).contains("with: [Dana, Sam Lee]").containsOnlyOnce("date: 2026-11-25");
        // another time the same day is another round
        assertThat(run.run("log", "globex", "interview", "--on", "2026-11-25", "--at", "16:00")).succeeded();
        assertThat(file("globex").split("date: 2026-11-25", -1)).hasSize(3);
    }
}
