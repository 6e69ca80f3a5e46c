package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import followup.inbox.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole corpus (src/test/resources/followup/inbox/corpus, written for the tests) through the
 * command, read as a folder of .eml files, as one mbox and as a Maildir: each message gets the
 * entry a careful person would have typed, outcomes wait for the person's word, and a second run
 * logs nothing new. The user is in Los Angeles; today is Mon 30 Nov 2026.
 */
class InboxCorpusTest {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    /** file → id, event, the fields that matter (empty: none), the result of a dry run. */
    private record Expected(String id, String event, String fields, String result) {
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("acme-01-thanks-sent.eml", new Expected("acme", "thanks", "note=Thank you for today", "proposed")),
            Map.entry("acme-02-invite-google.eml", new Expected("acme", "interview",
                    "date=2026-12-02 time=11:00 with=[Jane Doe, Dana Park]", "proposed")),
            Map.entry("acme-03-quotes-rejection.eml", new Expected("acme", "reply", "", "proposed")),
            Map.entry("acme-04-forward.eml", new Expected("acme", "reply", "", "proposed")),
            Map.entry("acme-05-autoreply.eml", new Expected("acme", null, "", "skipped")),
            Map.entry("acme-06-sent-nothing-due.eml", new Expected("acme", null, "", "skipped")),
            Map.entry("cyberdyne-december-4th.eml", new Expected("cyberdyne", "timeline", "decision-by=2026-12-04", "proposed")),
            Map.entry("friend-forwards.eml", new Expected(null, null, "", "unmatched")),
            Map.entry("globex-greenhouse-rejection.eml", new Expected("globex", "rejected", "", "proposed")),
            Map.entry("hooli-01-invite-outlook.eml", new Expected("hooli", "interview",
                    "date=2026-12-03 time=10:00 with=[Gavin Belson, Peter Gregory]", "proposed")),
            Map.entry("hooli-02-cancel-outlook.eml", new Expected("hooli", null, "", "skipped")),
            Map.entry("initech-lever-rejection.eml", new Expected("initech", "rejected", "", "proposed")),
            Map.entry("massive-dynamic-offer.eml", new Expected("massive-dynamic", "offer", "", "proposed")),
            Map.entry("societe-generale-two-weeks.eml", new Expected("societe-generale", "timeline",
                    "decision-by=2026-12-08", "proposed")),
            Map.entry("stark-two-applications.eml", new Expected(null, null, "", "unmatched")),
            Map.entry("stranger-public-domain.eml", new Expected(null, null, "", "unmatched")),
            Map.entry("tyrell-position-on-hold.eml", new Expected("tyrell", "reply", "", "proposed")),
            Map.entry("umbrella-workday-rejection.eml", new Expected("umbrella", "rejected", "", "proposed")),
            Map.entry("vandelay-01-check-in-sent.eml", new Expected("vandelay", "check-in", "", "proposed")),
            Map.entry("vandelay-02-delay.eml", new Expected("vandelay", "delayed", "decision-by=2026-12-11", "proposed")),
            Map.entry("wayne-01-early-next-week.eml", new Expected("wayne", "timeline", "decision-by=2026-12-01", "proposed")),
            Map.entry("wayne-02-signature.eml", new Expected("wayne", "reply", "", "proposed")));

    private static final List<String> OUTCOMES = List.of("globex-greenhouse-rejection.eml", "initech-lever-rejection.eml",
            "massive-dynamic-offer.eml", "umbrella-workday-rejection.eml");

    private Path home() throws IOException {
        Path home = tmp.resolve("home");
        Path apps = Files.createDirectories(home.resolve("applications"));
        for (String id : List.of("acme", "cyberdyne", "globex", "hooli", "initech", "massive-dynamic", "societe-generale",
                "stark", "stark-2", "tyrell", "umbrella", "vandelay", "wayne")) {
            copy("/followup/inbox/home/applications/" + id + ".yaml", apps.resolve(id + ".yaml"));
        }
        copy("/followup/inbox/home/config.yaml", home.resolve("config.yaml"));
        return home;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = InboxCorpusTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    static Run run(Path home) {
        return Run.in(home).today(LocalDate.of(2026, 11, 30)).env("TZ", "America/Los_Angeles");
    }

    private Path mail(String form) throws IOException {
        return switch (form) {
            case "folder" -> Corpus.folder(tmp.resolve("mail"));
            case "mbox" -> Corpus.mbox(tmp.resolve("mail.mbox"));
            case "maildir" -> Corpus.maildir(tmp.resolve("Maildir"));
            default -> throw new IllegalArgumentException(form);
        };
    }

    /** The corpus file each JSON object is about, by its Message-ID. */
    private static Map<String, String> filesById() {
        Map<String, String> byId = new HashMap<>();
        for (String f : Corpus.FILES) {
            Matcher m = MESSAGE_ID.matcher(new String(Corpus.bytes(f), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                byId.put(m.group(1), f);
            }
        }
        return byId;
    }

    private static Map<String, JsonNode> byFile(String json) throws IOException {
        Map<String, String> files = filesById();
        Map<String, JsonNode> out = new HashMap<>();
        int unreadable = 0;
        for (JsonNode n : JSON.readTree(json)) {
            if (n.get("message-id").isNull()) {
                out.put("unreadable-" + unreadable++, n);
            } else {
                out.put(files.get(n.get("message-id").asText()), n);
            }
        }
        return out;
    }

    private static String fields(JsonNode f) {
        List<String> parts = new ArrayList<>();
        f.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("note") || e.getValue().asText().equals("Thank you for today")) {
                String v = e.getValue().isArray() ? JSON.convertValue(e.getValue(), List.class).toString() : e.getValue().asText();
                parts.add(e.getKey() + "=" + v);
            }
        });
        return String.join(" ", parts);
    }

    @ParameterizedTest(name = "the corpus as {0}")
    @ValueSource(strings = {"folder", "mbox", "maildir"})
    void everyMessageGetsTheEntryACarefulPersonWouldHaveTyped(String form) throws Exception {
        Path home = home();
        Path mail = mail(form);
        Run.Result r = run(home).run("inbox", mail.toString(), "--json");
        assertThat(r).succeeded().noStackTrace();
        Map<String, JsonNode> got = byFile(r.out());
        assertThat(got).hasSize(Corpus.FILES.size());
        EXPECTED.forEach((file, e) -> {
            JsonNode n = got.get(file);
            assertThat(n).as(file).isNotNull();
            assertThat(n.get("id").isNull() ? null : n.get("id").asText()).as(file + ": " + n.get("why")).isEqualTo(e.id());
            assertThat(n.get("event").isNull() ? null : n.get("event").asText()).as(file + ": " + n.get("why")).isEqualTo(e.event());
            assertThat(fields(n.get("fields"))).as(file).isEqualTo(e.fields());
            assertThat(n.get("result").asText()).as(file).isEqualTo(e.result());
            assertThat(n.get("why").asText()).as(file).isNotBlank();
        });
        assertThat(got.get("unreadable-0").get("result").asText()).isEqualTo("unreadable");
        assertThat(got.get("unreadable-1").get("result").asText()).isEqualTo("unreadable");
        // where each was found: PATH, or PATH:offset in an mbox
        JsonNode offer = got.get("massive-dynamic-offer.eml");
        if (form.equals("mbox")) {
            assertThat(offer.get("file").asText()).matches(Pattern.quote(mail.toString()) + ":\\d+");
        } else {
            assertThat(offer.get("file").asText()).startsWith(mail.toString() + "/");
        }
        assertThat(offer.get("date").asText()).isEqualTo("2026-11-25");
        assertThat(offer.get("from").asText()).isEqualTo("Nina Sharp <nina@massive.example>");
        assertThat(offer.get("subject").asText()).isEqualTo("Staff Engineer");
        // a dry run writes nothing
        assertThat(Files.readString(home.resolve("applications/acme.yaml"))).doesNotContain("message-id");
        // and the broken ones are named on stderr, by where they are, never by what they say
        assertThat(r.err()).contains("its body cannot be decoded; skipped", "not a mail message (no header lines); skipped")
                .doesNotContain("couch", "SGVsbG8");
    }

    @ParameterizedTest(name = "the corpus as {0}")
    @ValueSource(strings = {"folder", "mbox", "maildir"})
    void yesWritesAllButOutcomesAndASecondRunLogsNothingNew(String form) throws Exception {
        Path home = home();
        Path mail = mail(form);
        Run.Result first = run(home).run("inbox", mail.toString(), "--yes", "--json");
        assertThat(first).succeeded();
        Map<String, JsonNode> got = byFile(first.out());
        EXPECTED.forEach((file, e) -> {
            String expected = !e.result().equals("proposed") ? e.result() : OUTCOMES.contains(file) ? "not-logged" : "logged";
            assertThat(got.get(file).get("result").asText()).as(file).isEqualTo(expected);
        });
        String acme = Files.readString(home.resolve("applications/acme.yaml"));
        assertThat(acme).contains("""
                  - date: 2026-12-02
                    time: "11:00"
                    with: [Jane Doe, Dana Park]
                    message-id: "<invite-acme-google@google.com>"
                """, """
                  - date: 2026-11-20
                    event: thanks
                    note: Thank you for today
                    message-id: "<thanks-acme-1120@mail.example.org>"
                """);
        assertThat(Files.readString(home.resolve("applications/vandelay.yaml"))).contains("""
                  - date: 2026-11-25
                    event: delayed
                    decision-by: 2026-12-11
                    note: "Re: Checking in on the analyst role"
                    message-id: "<art-2@vandelay.example>"
                """).contains("decision-by: 2026-12-11\nlog:");
        // outcomes wait for the person's word: nothing in the file, the command printed
        assertThat(Files.readString(home.resolve("applications/globex.yaml"))).doesNotContain("rejected");
        assertThat(got.get("globex-greenhouse-rejection.eml").get("commands").get(0).asText())
                .isEqualTo("followup log globex rejected --on 2026-11-24 --note \"Update on your application\"");
        // no body is ever written: the note is the subject
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("incident review", "Dear Alex", "Sorry for the wait");
            }
        }

        Run.Result second = run(home).run("inbox", mail.toString(), "--yes", "--json");
        assertThat(second).succeeded();
        Map<String, JsonNode> again = byFile(second.out());
        EXPECTED.forEach((file, e) -> {
            String before = got.get(file).get("result").asText();
            // what was logged is known; the rest is what it was (outcomes still wait, unmatched stay unmatched)
            assertThat(again.get(file).get("result").asText()).as(file)
                    .isEqualTo(before.equals("logged") ? "already-logged" : before);
        });
        // the outcome, once logged by hand with the printed command, is not proposed again
        assertThat(run(home).run("log", "globex", "rejected", "--on", "2026-11-24", "--note", "Update on your application"))
                .succeeded();
        Map<String, JsonNode> third = byFile(run(home).run("inbox", mail.toString(), "--yes", "--json").out());
        assertThat(third.get("globex-greenhouse-rejection.eml").get("result").asText()).isEqualTo("already-logged");
    }

    @Test
    void textOutputListsEachProposalWithItsCommandAndCountsTheRest() throws Exception {
        Path home = home();
        Path mail = Corpus.folder(tmp.resolve("mail"));
        Run.Result r = run(home).run("inbox", mail.toString());
        assertThat(r).succeeded();
        assertThat(r.out()).contains("""
                2026-11-26  wayne  timeline
                    "Next steps" from Lucius Fox <lfox@wayne.example>
                    matched: the sender's domain wayne.example, a contact's domain
                    why: a decision date: "make a decision early next week" (Tue 1 Dec 2026, counted from the message's date Thu 26 Nov 2026)
                    followup log wayne timeline --on 2026-11-26 --decision-by 2026-12-01 --note "Next steps"
                """, """
                2026-11-24  unmatched
                    "Thanks for applying" from Stark Industries Talent <talent@starkhr.example>
                    why: more than one application matches by company names in the sender's name: stark, stark-2
                """);
        assertThat(r.out()).endsWith("Nothing written (dry run; --yes writes). 24 messages: 16 to log, 3 unmatched, "
                + "3 skipped, 2 unreadable (named on stderr).\n");
        // in date order, oldest first
        assertThat(r.out().indexOf("2026-11-18  vandelay")).isLessThan(r.out().indexOf("2026-11-20  acme"));
    }

    @Test
    void aHomeUnderGitGetsOneCommitForTheRun() throws Exception {
        Path home = home();
        Map<String, String> gitEnv = Map.of("HOME", tmp.resolve("user").toString(), "GIT_CONFIG_NOSYSTEM", "1",
                "PATH", System.getenv("PATH"), "GIT_AUTHOR_NAME", "Seeker", "GIT_AUTHOR_EMAIL", "s@example.com",
                "GIT_COMMITTER_NAME", "Seeker", "GIT_COMMITTER_EMAIL", "s@example.com");
        Files.createDirectories(tmp.resolve("user"));
        Run run = run(home);
        gitEnv.forEach(run::env);
        assertThat(run.run("git", "init", "-q")).succeeded();
        int before = commits(run);
        assertThat(run.run("inbox", Corpus.folder(tmp.resolve("mail")).toString(), "--yes")).succeeded();
        assertThat(commits(run)).isEqualTo(before + 1);
        assertThat(run.run("inbox", tmp.resolve("mail").toString(), "--yes")).succeeded();
        assertThat(commits(run)).as("nothing new, nothing committed").isEqualTo(before + 1);
    }

    private static int commits(Run run) {
        Run.Result log = run.run("git", "log", "--oneline");
        return (int) log.out().lines().count();
    }
}
