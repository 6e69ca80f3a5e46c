package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands around the playbook's facts and the drafts' forms (SPEC §5, §6, §7), through the
 * command line: what log and add record, what list, show and draft see as of a past day, and the
 * other offer a draft names.
 */
class AdviceCommandsTest {

    @TempDir
    Path home;

    private Run run() {
        return Run.in(home);
    }

    private Run on(String day) {
        return Run.in(home).today(LocalDate.parse(day));
    }

    private String file(String id) throws Exception {
        return Files.readString(home.resolve("applications/" + id + ".yaml"));
    }

    @Test
    void theDraftNamesTheOfferTodayNamesNotOneDeclined() throws Exception {
        // issue 14: today said "an offer from Bravo" and the draft it suggested wrote Charlie, an
        // offer Charlie made and you declined
        Files.createDirectories(home);
        Files.writeString(home.resolve("config.yaml"), "me: {name: Alex Morgan}\n");
        on("2026-11-10").run("add", "Alpha", "--contact", "Ann Lee <ann@alpha.example>", "--interview", "today", "--no-input");
        on("2026-11-10").run("add", "Bravo", "--interview", "2026-11-05", "--no-input");
        on("2026-11-10").run("add", "Charlie", "--interview", "2026-11-06", "--no-input");
        assertThat(on("2026-11-19").run("log", "bravo", "offer")).succeeded();
        assertThat(on("2026-11-20").run("log", "charlie", "offer")).succeeded();
        assertThat(on("2026-11-21").run("log", "charlie", "declined")).succeeded();

        assertThat(on("2026-11-23").run("today")).succeeded().outContains("You have an offer from Bravo since Thu 19 Nov")
                .satisfies(r -> assertThat(r.out()).doesNotContain("Charlie"));
        assertThat(on("2026-11-23").run("draft", "other-offer", "alpha")).succeeded()
                .outContains("I have received a job offer from Bravo", "before I give Bravo my answer")
                .satisfies(r -> assertThat(r.out()).doesNotContain("Charlie"));
        // once Alpha is told, a draft asked for anyway still names the offer in hand
        assertThat(on("2026-11-23").run("log", "alpha", "told-offer")).succeeded();
        assertThat(on("2026-11-24").run("draft", "other-offer", "alpha")).succeeded().outContains("from Bravo");
    }

    @Test
    void logRecordsTheDeadlineOfAnOfferAndTodayNamesIt() throws Exception {
        on("2026-11-10").run("add", "Hooli", "--interview", "2026-11-18", "--kind", "onsite", "--no-input");
        on("2026-11-10").run("add", "Acme", "--contact", "Jane Doe <jane@acme.example>", "--interview", "2026-11-16",
                "--no-input");
        assertThat(on("2026-11-25").run("log", "acme", "interview", "--on", "2026-12-02", "--kind", "onsite")).succeeded();
        assertThat(on("2026-11-30").run("log", "hooli", "offer", "--deadline", "+1w")).succeeded()
                .outIs("hooli: logged offer on 2026-11-30 (status: offer) (answer by 2026-12-07)\n");
        assertThat(file("hooli")).contains("event: offer\n    deadline: 2026-12-07\n");
        assertThat(file("acme")).contains("kind: onsite");

        // tell-offer reaches Acme, its next round already scheduled, and names the day (003)
        assertThat(on("2026-11-30").run("today", "--days", "7")).succeeded()
                .outContains("You have an offer from Hooli since Mon 30 Nov, to answer by Mon 7 Dec; tell them now, "
                        + "honestly, so they can react in time.")
                .outContains("answer-offer", "Fri 4 Dec", "  followup log hooli accepted\n  followup log hooli declined\n");
        assertThat(on("2026-11-30").run("draft", "other-offer", "acme")).succeeded()
                .outContains("give my answer by Monday 7 December", "I am looking forward to our onsite on Wednesday");
        assertThat(on("2026-11-30").run("show", "hooli")).succeeded().outContains("2026-11-30  offer → answer by 2026-12-07");
        assertThat(on("2026-11-30").run("show", "hooli", "--json")).succeeded().outContains("\"deadline\" : \"2026-12-07\"");

        assertThat(on("2026-11-30").run("log", "hooli", "reply", "--deadline", "2026-12-07")).exitsWith(2)
                .errContains("--deadline goes with offer");
        assertThat(on("2026-11-30").run("log", "hooli", "offer", "--deadline", "2026-11-29")).exitsWith(2)
                .errContains("is before the offer");
        assertThat(on("2026-11-30").run("log", "hooli", "thanks", "--kind", "onsite")).exitsWith(2)
                .errContains("--kind goes with interview");
    }

    @Test
    void logRecordsTheLinkAFollowUpShared() throws Exception {
        on("2026-11-02").run("add", "Initech", "--interview", "today", "--no-input");
        assertThat(on("2026-11-23").run("log", "initech", "follow-up", "--link", "https://example.org/tps")).succeeded();
        assertThat(file("initech")).contains("event: follow-up\n    link: \"https://example.org/tps\"\n");
        assertThat(on("2026-11-23").run("show", "initech")).succeeded().outContains("follow-up https://example.org/tps");
        assertThat(on("2026-11-23").run("log", "initech", "check-in", "--link", "https://example.org/x")).exitsWith(2)
                .errContains("--link goes with follow-up");
    }

    @Test
    void addTakesAPhoneNumberAndTheInterviewersAndKind() throws Exception {
        assertThat(on("2026-11-11").run("add", "Vandelay", "--contact", "Art Vandelay +1 555 0142",
                "--contact", "Jane Doe <jane@vandelay.example> (020) 7946 0958", "--contact", "Agent 47",
                "--interview", "today", "--kind", "phone screen", "--with", "Art Vandelay", "--no-input")).succeeded();
        assertThat(file("vandelay")).contains("  - name: Art Vandelay\n    phone: \"+1 555 0142\"\n",
                "  - name: Jane Doe\n    email: jane@vandelay.example\n    phone: \"(020) 7946 0958\"\n",
                "  - name: Agent 47\n", "with: [Art Vandelay]", "kind: phone screen");
        assertThat(on("2026-11-11").run("add", "X", "--kind", "onsite", "--no-input")).exitsWith(2)
                .errContains("--kind needs --interview");
        assertThat(on("2026-11-11").run("add", "Y", "--contact", "Jane <jane@y.example> not a phone", "--no-input"))
                .exitsWith(2).errContains("is not a phone number");
    }

    @Test
    void listShowAndDraftSeeTheApplicationAsItStoodOnTheAsOfDate() throws Exception {
        // issue: as of the 20th, Globex (rejected on the 25th) showed a check-in in today, was left
        // out of list, and show said "status rejected"
        on("2026-11-13").run("add", "Globex", "--contact", "Lisa Chen <lisa@globex.example>", "--interview", "today",
                "--no-input");
        on("2026-11-19").run("log", "globex", "timeline", "--decision-by", "2026-11-24");
        on("2026-11-25").run("log", "globex", "rejected");
        Run past = on("2026-11-25");
        assertThat(past.run("--as-of", "2026-11-20", "list")).succeeded().outContains("globex", "interviewing");
        assertThat(past.run("--as-of", "2026-11-20", "list", "--json")).succeeded().outContains("\"status\" : \"interviewing\"");
        assertThat(past.run("--as-of", "2026-11-20", "list", "--status", "rejected")).succeeded()
                .outContains("No rejected applications");
        assertThat(past.run("--as-of", "2026-11-20", "show", "globex")).succeeded()
                .outContains("status       interviewing", "decision by  Tue 24 Nov 2026", "(1 entry after Fri 20 Nov 2026 not shown)")
                .satisfies(r -> assertThat(r.out()).doesNotContain("rejected"));
        // a decision date logged on the 19th is unknown on the 16th: show and draft agree with today
        assertThat(past.run("--as-of", "2026-11-16", "show", "globex")).succeeded()
                .satisfies(r -> assertThat(r.out()).doesNotContain("decision by"));
        assertThat(past.run("--as-of", "2026-11-16", "draft", "check-in", "globex")).succeeded()
                .satisfies(r -> assertThat(r.out()).doesNotContain("24 November"));
        assertThat(past.run("--as-of", "2026-11-20", "today", "--days", "7")).succeeded()
                .outContains("They said you would hear by Tue 24 Nov.");
        assertThat(past.run("today", "--days", "1")).succeeded().outContains("rejection-reply").satisfies(r -> assertThat(r.out())
                .doesNotContain("check-in"));
    }

    @Test
    void draftFlagsForTheMedium() throws Exception {
        on("2026-11-16").run("add", "Acme", "--contact", "Jane Doe <jane@acme.example>", "--interview", "today",
                "--no-input");
        Run run = on("2026-11-17");
        assertThat(run.run("draft", "note", "acme", "--eml", home.resolve("n.eml").toString())).exitsWith(2)
                .errContains("--eml is for a mail; the paper note is a letter to print");
        assertThat(run.run("draft", "linkedin", "acme", "--mailto")).exitsWith(2)
                .errContains("--mailto is for a mail; a LinkedIn request is sent on LinkedIn");
        assertThat(run.run("draft", "note", "acme")).succeeded().satisfies(r -> assertThat(r.out())
                .startsWith("17 November 2026\n\nDear Jane,\n").doesNotContain("To:", "Subject:"))
                .errContains("no postal address is known for Jane Doe");
        assertThat(run.run("draft", "thanks", "acme", "--link", "https://example.org")).exitsWith(2)
                .errContains("--link goes with follow-up");
        assertThat(run.run("draft", "thanks", "acme", "--about", "x")).exitsWith(2).errContains("--about goes with follow-up");
        assertThat(run.run("draft", "follow-up", "acme", "--link", "https://example.org/idempotency",
                "--about", "an article on idempotency keys")).succeeded()
                .outContains("I came across an article on idempotency keys and thought you might find it interesting:\n"
                        + "https://example.org/idempotency");
    }

    @Test
    void draftSaysOnStderrWhatTheUserMustFillIn() throws Exception {
        // no me.name in the config, a contact with only a phone
        on("2026-11-11").run("add", "Vandelay", "--contact", "Art Vandelay +1 555 0142", "--interview", "today",
                "--with", "Art Vandelay", "--no-input");
        Run.Result r = on("2026-11-11").run("draft", "thanks", "vandelay");
        assertThat(r).succeeded().outContains("To: Art Vandelay\n", "\n[Your name]\n")
                .errContains("followup: no email address is known for Art Vandelay: the draft is addressed by name; "
                        + "call +1 555 0142, or add their 'email' in applications/vandelay.yaml",
                        "followup: the draft is signed '[Your name]'; to sign with your name, put me: {name: Your Name} in "
                                + home.resolve("config.yaml"));
        assertThat(r.err().lines().filter(l -> l.contains("[Your name]"))).hasSize(1);
        assertThat(on("2026-11-11").run("today")).succeeded().outContains("call Art Vandelay (+1 555 0142)");
    }

    @Test
    void emlForANonAsciiAddressIsReadBackByAMailLibrary() throws Exception {
        on("2026-11-24").run("add", "Müller & Söhne", "--contact", "Jürgen Weiß <jürgen.weiss@müller-söhne.example>",
                "--interview", "today", "--kind", "phone", "--no-input");
        Path eml = home.resolve("thanks.eml");
        assertThat(on("2026-11-24").run("draft", "thanks", "muller-sohne", "--eml", eml.toString())).succeeded();
        Properties utf8 = new Properties();
        utf8.setProperty("mail.mime.allowutf8", "true"); // RFC 6532
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(Session.getInstance(utf8), in);
            InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
            assertThat(to.getAddress()).isEqualTo("jürgen.weiss@müller-söhne.example");
            assertThat(to.getPersonal()).isEqualTo("Jürgen Weiß");
            assertThat((String) m.getContent()).contains("Thank you for speaking with me today");
        }
    }
}
