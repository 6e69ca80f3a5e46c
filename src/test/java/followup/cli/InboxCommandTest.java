package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import followup.inbox.Corpus;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How inbox asks, writes or only prints; its errors; its JSON. */
class InboxCommandTest {

    @TempDir
    Path tmp;

    private Path home() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("config.yaml"), "me:\n  name: Alex Kim\n  email: alex.kim@example.org\n");
        Files.writeString(home.resolve("applications/acme.yaml"), """
                company: Acme Corp
                contacts:
                  - name: Jane Doe
                    email: jane@acme.example
                interviews:
                  - date: 2026-11-20
                    time: "14:00"
                    with: [Jane Doe]
                log: []
                """);
        Files.writeString(home.resolve("applications/globex.yaml"), """
                company: Globex Corporation
                interviews:
                  - date: 2026-11-16
                log: []
                """);
        return home;
    }

    /** Three messages, in date order: a reply (acme), a rejection (globex, an outcome), a decision date (acme). */
    private Path mail() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mail"));
        Files.write(dir.resolve("1.eml"), Corpus.bytes("acme-03-quotes-rejection.eml"));
        Files.writeString(dir.resolve("2.eml"), """
                From: Globex Corporation via Greenhouse <no-reply@us.greenhouse-mail.io>
                To: alex.kim@example.org
                Subject: Update on your application
                Date: Wed, 25 Nov 2026 09:00:00 -0800
                Message-ID: <gh-1@us.greenhouse-mail.io>

                We have decided to move forward with other candidates.
                """);
        Files.writeString(dir.resolve("3.eml"), """
                From: Jane Doe <jane@acme.example>
                To: alex.kim@example.org
                Subject: Timing
                Date: Wed, 25 Nov 2026 10:00:00 -0800
                Message-ID: <timing@acme.example>

                We will get back to you by Friday.
                """);
        return dir;
    }

    private static Run run(Path home) {
        return InboxCorpusTest.run(home);
    }

    private String file(Path home, String id) throws Exception {
        return Files.readString(home.resolve("applications/" + id + ".yaml"));
    }

    @Test
    void offATerminalWithNeitherFlagItOnlyPrintsAsDryRunDoes() throws Exception {
        Path home = home();
        Run.Result plain = run(home).run("inbox", mail().toString());
        Run.Result dry = run(home).run("inbox", mail().toString(), "--dry-run");
        assertThat(plain).succeeded();
        assertThat(plain.out()).isEqualTo(dry.out()).contains(
                "followup log acme reply --on 2026-11-24 --note \"Re: Your application to Acme Corp\"",
                "followup log globex rejected --on 2026-11-25 --note \"Update on your application\"",
                "followup log acme timeline --on 2026-11-25 --decision-by 2026-11-27 --note Timing",
                "Nothing written (dry run; --yes writes). 3 messages: 3 to log.");
        assertThat(file(home, "acme")).doesNotContain("message-id");
    }

    @Test
    void onATerminalEachProposalIsConfirmedBeforeItIsWritten() throws Exception {
        Path home = home();
        Run run = run(home).terminal(100, "y", "n", "");
        Run.Result r = run.run("inbox", mail().toString());
        assertThat(r).succeeded();
        assertThat(run.asked).containsExactly("Log it? [y]es, [n]o, [a]ll, [q]uit", "Log this rejected? [y]es, [n]o, [q]uit",
                "Log it? [y]es, [n]o, [a]ll, [q]uit");
        assertThat(file(home, "acme")).contains("message-id: \"<jane-2@acme.example>\"").doesNotContain("timing@");
        assertThat(file(home, "globex")).doesNotContain("rejected");
        assertThat(r.out()).contains("    logged\n", "    not logged (you said no)\n", "1 logged, 2 declined");
    }

    @Test
    void allWritesTheRestButStillAsksAboutEachOutcome() throws Exception {
        Path home = home();
        Run run = run(home).terminal(100, "all", "yes");
        assertThat(run.run("inbox", mail().toString())).succeeded();
        assertThat(run.asked).containsExactly("Log it? [y]es, [n]o, [a]ll, [q]uit",
                "Log this rejected? [y]es, [n]o, [q]uit (an outcome is always asked)");
        assertThat(file(home, "acme")).contains("<jane-2@acme.example>", "<timing@acme.example>");
        assertThat(file(home, "globex")).contains("event: rejected").contains("status: rejected");
    }

    @Test
    void quitStopsAndWritesNothingMore() throws Exception {
        Path home = home();
        Run run = run(home).terminal(100, "what?", "q");
        Run.Result r = run.run("inbox", mail().toString());
        assertThat(r).succeeded().errContains("Answer yes, no, all or quit.");
        assertThat(run.asked).hasSize(2);
        assertThat(file(home, "acme")).doesNotContain("message-id");
        assertThat(r.out()).contains("1 message: 1 declined.");
    }

    @Test
    void yesWritesOffATerminalButOnlyPrintsOutcomes() throws Exception {
        Path home = home();
        Run.Result r = run(home).run("inbox", mail().toString(), "--yes");
        assertThat(r).succeeded();
        assertThat(r.out()).contains("""
                    followup log globex rejected --on 2026-11-25 --note "Update on your application"
                    not logged: an outcome waits for your word; run the command above to log it
                """, "2 logged, 1 outcome(s) for you to log");
        assertThat(file(home, "acme")).contains("event: timeline", "decision-by: 2026-11-27", "event: reply");
        assertThat(file(home, "globex")).doesNotContain("rejected");
        assertThat(run(home).run("inbox", mail().toString(), "--yes").out()).contains("2 already logged")
                .doesNotContain("    logged");
    }

    @Test
    void jsonIsOneObjectPerMessageWithStableKeys() throws Exception {
        Path home = home();
        Run.Result r = run(home).run("inbox", mail().toString(), "--json");
        assertThat(r).succeeded();
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(3);
        for (JsonNode n : list) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).startsWith("file", "message-id", "date", "from", "subject", "id", "event", "fields", "why");
        }
        JsonNode timing = list.get(2);
        assertThat(timing.get("event").asText()).isEqualTo("timeline");
        assertThat(timing.get("fields").get("decision-by").asText()).isEqualTo("2026-11-27");
        assertThat(timing.get("why").asText()).contains("get back to you by Friday");
    }

    @Test
    void onATerminalWithJsonTheProposalsAreShownOnStderr() throws Exception {
        Path home = home();
        Run run = run(home).terminal(100, "n", "n", "n");
        Run.Result r = run.run("inbox", mail().toString(), "--json");
        assertThat(new ObjectMapper().readTree(r.out())).hasSize(3);
        assertThat(r.err()).contains("followup log acme reply --on 2026-11-24");
    }

    @Test
    void aPathThatIsNotMailStopsTheRunBeforeAnythingIsRead() throws Exception {
        Path home = home();
        assertThat(run(home).run("inbox", mail().toString(), tmp.resolve("nowhere").toString(), "--yes"))
                .exitsWith(1).errContains("followup: " + tmp.resolve("nowhere") + ": no such file or folder").noStackTrace();
        assertThat(file(home, "acme")).doesNotContain("message-id");
        assertThat(run(home).run("inbox", mail().toString(), "--dry-run", "--yes")).exitsWith(2)
                .errContains("--dry-run and --yes");
        assertThat(run(home).run("inbox")).exitsWith(2).errContains("PATH");
    }

    @Test
    void aMessageOver10MiBIsNamedAndSkippedAndTheOthersAreRead() throws Exception {
        Path home = home();
        Path dir = mail();
        Path big = dir.resolve("0-big.eml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write("From: jane@acme.example\nSubject: slides\n\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(10L * 1024 * 1024 + 1);
        }
        Run.Result r = run(home).run("inbox", dir.toString(), "--yes");
        assertThat(r).succeeded().errContains("followup: " + big + ": larger than 10 MiB (10 MiB); skipped");
        assertThat(r.out()).contains("2 logged", "1 unreadable");
    }

    @Test
    void withoutMeEmailItSaysSoOnce() throws Exception {
        Path home = home();
        Files.delete(home.resolve("config.yaml"));
        Run.Result r = run(home).run("inbox", mail().toString());
        assertThat(r).succeeded();
        assertThat(r.err()).containsOnlyOnce("me.email is not set");
    }

    @Test
    void anInvitationForARoundTypedByHandCompletesIt() throws Exception {
        Path home = home();
        // the round of 2026-11-20 is in the file at 14:00 with Jane; the invitation adds Dana
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r1\r\n"
                + "DTSTAMP:20261110T100000Z\r\nDTSTART:20261120T220000Z\r\n"
                + "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example\r\nATTENDEE;CN=Dana Park:mailto:dana@acme.example\r\n"
                + "ATTENDEE;CN=Alex Kim:mailto:alex.kim@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Path dir = Files.createDirectories(tmp.resolve("invite"));
        Files.writeString(dir.resolve("invite.eml"), "From: Jane Doe <jane@acme.example>\nTo: alex.kim@example.org\n"
                + "Subject: Onsite\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nMessage-ID: <onsite@acme.example>\n"
                + "Content-Type: text/calendar; method=REQUEST\n\n" + ics);
        Run.Result r = run(home).run("inbox", dir.toString(), "--yes");
        assertThat(r).succeeded().outContains("followup log acme interview --on 2026-11-20 --at 14:00 --with \"Jane Doe\" "
                + "--with \"Dana Park\"", "    logged");
        assertThat(file(home, "acme")).contains("""
                interviews:
                  - date: 2026-11-20
                    time: "14:00"
                    with: [Jane Doe, Dana Park]
                    message-id: "<onsite@acme.example>"
                log: []
                """);
        assertThat(run(home).run("inbox", dir.toString(), "--yes").out()).contains("1 already logged");
    }

    @Test
    void theDayIsTheUsersNotTheSenders() throws Exception {
        Path home = home();
        Path dir = Files.createDirectories(tmp.resolve("late"));
        Files.writeString(dir.resolve("late.eml"), """
                From: Jane Doe <jane@acme.example>
                Subject: Late
                Date: Wed, 25 Nov 2026 23:30:00 -0800
                Message-ID: <late@acme.example>

                Thanks!
                """);
        assertThat(run(home).run("inbox", dir.toString()).out()).contains("--on 2026-11-25");
        assertThat(run(home).env("TZ", "Europe/Paris").run("inbox", dir.toString()).out()).contains("--on 2026-11-26");
        assertThat(Run.in(home).today(LocalDate.of(2026, 11, 30)).env("TZ", "Asia/Tokyo").run("inbox", dir.toString()).out())
                .contains("--on 2026-11-26");
    }
}
