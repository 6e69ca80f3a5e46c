package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} on the "search" home (src/test/resources/followup/homes/search), as of Mon 23 Nov
 * 2026, with the default playbook (ghosted after 7 + 28 = 35 days). The figures, worked out by hand
 * from the files:
 *
 * <pre>
 * id                source     status        interviews      first reply  decision  after last   thank-yous
 * acme              referral   offer         11-02, 11-09    3 (11-05)    11 offer  answered     on time x2
 * cyberdyne         -          interviewing  11-25 (ahead)   -            -         -            -
 * globex            referral   rejected      09-15           16 (rej.)    16        answered     late
 * hooli             Job Board  rejected      -               -            -         -            -
 * initech           job board  closed        10-01           -            -         ghosted      never
 * societe-generale  Referral   interviewing  11-16           -            -         waiting (7d) on time
 * stark             recruiter  interviewing  10-20, 11-02    3 (10-23)    -         answered     on time, late
 * tyrell            recruiter  declined      09-28           4 (feedb.)   5 offer   answered     on time
 * umbrella          job board  rejected      10-05           1 (timel.)   15        answered     on time
 * vandelay          job board  withdrawn     10-22           -            -         (withdrew)   on time
 * wayne             recruiter  interviewing  10-12           -            -         ghosted (42d) on time
 * </pre>
 */
class StatsCommandTest {

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void copyHome() throws Exception {
        Homes.copy("search", Homes.SEARCH, home);
        run = Run.in(home);
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("stats", "--json"));
        all.addAll(List.of(args));
        Run.Result r = run.run(all.toArray(String[]::new));
        assertThat(r).succeeded().errIsEmpty();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void everyFigureOfTheSearchHome() throws Exception {
        JsonNode s = json();
        assertThat(s.get("as_of").asText()).isEqualTo("2026-11-23");
        assertThat(s.get("since").isNull()).isTrue();
        assertThat(s.get("applications").asInt()).isEqualTo(11);
        assertThat(s.get("applications_read").asInt()).isEqualTo(11);
        assertThat(s.get("min_sample").asInt()).isEqualTo(5);
        assertThat(s.get("ghosted_after_days").asInt()).isEqualTo(35);

        // funnel: 9 of 11 interviewed (hooli and cyberdyne not yet), 2 offers (acme, tyrell), none accepted
        JsonNode f = s.get("funnel");
        assertThat(f.get("applications").asInt()).isEqualTo(11);
        ratio(f.get("interviewed"), 9, 11, 0.8182, true);
        ratio(f.get("offer"), 2, 9, 0.2222, true);
        ratio(f.get("accepted"), 0, 2, 0.0, false);

        JsonNode o = s.get("outcomes");
        assertThat(fields(o)).containsExactly("applied", "interviewing", "offer", "accepted", "declined",
                "rejected", "withdrawn", "closed");
        assertThat(List.of(o.get("applied").asInt(), o.get("interviewing").asInt(), o.get("offer").asInt(),
                o.get("accepted").asInt(), o.get("declined").asInt(), o.get("rejected").asInt(),
                o.get("withdrawn").asInt(), o.get("closed").asInt())).containsExactly(0, 4, 1, 0, 1, 3, 1, 1);

        // response: answered acme, globex, stark, tyrell, umbrella; ghosted initech (closed) and wayne
        // (42 days); waiting societe-generale; first replies 1, 3, 3, 4, 16; decisions 5, 11, 15, 16
        JsonNode r = s.get("response");
        assertThat(r.get("interviewed").asInt()).isEqualTo(9);
        ratio(r.get("answered"), 5, 9, 0.5556, true);
        ratio(r.get("ghosted"), 2, 9, 0.2222, true);
        assertThat(r.get("waiting").asInt()).isEqualTo(1);
        days(r.get("days_to_first_reply"), 3.0, 5, true);
        days(r.get("days_to_decision"), 13.0, 4, false);

        // by source: largest first, "Job Board" and "Referral " fold into the majority spelling
        JsonNode by = s.get("by_source");
        assertThat(by).hasSize(4);
        assertThat(by.get(0).get("source").asText()).isEqualTo("job board");
        source(by.get(0), 4, 3, 0, 1, 1, 0, 1.0, 1);
        assertThat(by.get(1).get("source").asText()).isEqualTo("recruiter");
        source(by.get(1), 3, 3, 1, 2, 1, 0, 3.5, 2);
        assertThat(by.get(2).get("source").asText()).isEqualTo("referral");
        source(by.get(2), 3, 3, 1, 2, 0, 1, 9.5, 2);
        assertThat(by.get(3).get("source").isNull()).isTrue();
        source(by.get(3), 1, 0, 0, 0, 0, 0, null, 0);

        JsonNode d = s.get("discipline");
        JsonNode t = d.get("thanks");
        assertThat(List.of(t.get("interview_days").asInt(), t.get("on_time").asInt(), t.get("late").asInt(),
                t.get("never").asInt())).containsExactly(11, 8, 2, 1);
        ratio(t.get("on_time_share"), 8, 11, 0.7273, true);
        JsonNode n = d.get("nudges");
        assertThat(List.of(n.get("check_ins").asInt(), n.get("follow_ups").asInt(), n.get("applications").asInt()))
                .containsExactly(3, 1, 9);
        assertThat(n.get("per_application").asDouble()).isEqualTo(0.44);
        JsonNode m = d.get("moving_on");
        assertThat(List.of(m.get("closed").asInt(), m.get("nudges").asInt(), m.get("without_nudge").asInt()))
                .containsExactly(1, 2, 0);
        assertThat(m.get("per_application").asDouble()).isEqualTo(2.0);
        ratio(d.get("rejection_replies"), 1, 3, 0.3333, false);

        JsonNode fb = s.get("feedback");
        assertThat(fb).hasSize(3);
        assertThat(List.of(fb.get(0).get("company").asText(), fb.get(1).get("company").asText(),
                fb.get(2).get("company").asText())).containsExactly("Globex", "Tyrell Corp", "Umbrella");
        JsonNode note = fb.get(1).get("notes").get(0);
        assertThat(note.get("id").asText()).isEqualTo("tyrell");
        assertThat(note.get("date").asText()).isEqualTo("2026-10-02");
        assertThat(note.get("note").asText()).isEqualTo("Needs stronger system design; communication was clear.");

        JsonNode themes = s.get("themes");
        assertThat(themes).hasSize(1);
        assertThat(themes.get(0).get("words").asText()).isEqualTo("system design");
        assertThat(themes.get(0).get("companies").toString()).isEqualTo("[\"Globex\",\"Tyrell Corp\",\"Umbrella\"]");
        assertThat(s.get("errors")).isEmpty();
    }

    @Test
    void jsonKeysAreStableSnakeCase() throws Exception {
        JsonNode s = json();
        assertThat(fields(s)).containsExactly("as_of", "since", "applications", "applications_read", "min_sample",
                "ghosted_after_days", "funnel", "outcomes", "response", "by_source", "discipline", "feedback",
                "themes", "errors");
        assertThat(fields(s.get("funnel"))).containsExactly("applications", "interviewed", "offer", "accepted");
        assertThat(fields(s.get("funnel").get("offer"))).containsExactly("count", "of", "share", "enough_data");
        assertThat(fields(s.get("response"))).containsExactly("interviewed", "answered", "ghosted", "waiting",
                "days_to_first_reply", "days_to_decision");
        assertThat(fields(s.get("response").get("days_to_decision"))).containsExactly("median", "count", "enough_data");
        assertThat(fields(s.get("by_source").get(0))).containsExactly("source", "funnel", "response");
        assertThat(fields(s.get("discipline"))).containsExactly("thanks", "nudges", "moving_on", "rejection_replies");
        assertThat(fields(s.get("feedback").get(0))).containsExactly("company", "notes");
        assertThat(fields(s.get("feedback").get(0).get("notes").get(0))).containsExactly("id", "date", "note");
        assertThat(fields(s.get("themes").get(0))).containsExactly("words", "companies");
    }

    @Test
    void textShowsCountsBesideSharesAndSaysWhenThereIsTooLittleData() {
        Run.Result r = run.run("stats");
        assertThat(r).succeeded().errIsEmpty().outContains(
                "Your search as of Mon 23 Nov 2026: 11 applications",
                "82% of the 11 applications",
                "22% of the 9 interviewed",
                "0 of 2 offers: too little data to conclude",
                "5 of 9",
                "56%",
                "median 3 days after the first interview (5 replies)",
                "4 decisions: too little data to conclude",
                "8 of 11 on the day (73%), 2 late, 1 never",
                "3 check-ins, 1 follow-up for 9 interviewed: 0.4 each",
                "1 closed after 2.0 check-ins or follow-ups each",
                "1 of 3 rejections answered",
                "Said by more than one company: \"system design\" (Globex, Tyrell Corp, Umbrella)");
        // no share is printed for a group under five: the by-source rows are bare counts
        String jobBoard = r.out().lines().filter(l -> l.strip().startsWith("job board")).findFirst().orElseThrow();
        assertThat(jobBoard).doesNotContain("%").contains("4", "3");
        assertThat(r.out()).contains("Shares only for 5 or more; smaller groups: too little data to conclude.");
        assertThat(r.out()).doesNotContain("\u001b[");
    }

    @Test
    void aShareOfOneIsCountedInTheSingular() throws Exception {
        try (var files = Files.list(home.resolve("applications"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("acme.yaml")) {
                    Files.delete(f);
                }
            }
        }
        Run.Result r = run.run("stats");
        assertThat(r).succeeded().outContains(
                "1 of 1 application: too little data to conclude",
                "0 of 1 offer: too little data to conclude");
        assertThat(r.out()).doesNotContain("1 applications", "1 offers");
    }

    @Test
    void barsAreDrawnInBlocksAndColourOnlyOnATerminal() {
        Run.Result plain = run.run("stats");
        String applications = plain.out().lines().filter(l -> l.strip().startsWith("applications")).findFirst()
                .orElseThrow();
        assertThat(applications).contains("█".repeat(20)); // the whole bar when the width is unknown
        Run.Result coloured = Run.in(home).terminal(100).run("stats");
        assertThat(coloured.out()).contains("\u001b[32m");
        Run.Result noColor = Run.in(home).terminal(100).env("NO_COLOR", "1").run("stats");
        assertThat(noColor.out()).doesNotContain("\u001b[").contains("█");
        // an 80-column terminal gets a shorter bar, and every line fits
        Run.Result narrow = Run.in(home).terminal(80).env("NO_COLOR", "1").run("stats");
        String line = narrow.out().lines().filter(l -> l.strip().startsWith("applications")).findFirst().orElseThrow();
        assertThat(line).contains("█".repeat(14)).doesNotContain("█".repeat(15));
        assertThat(narrow.out().lines().filter(l -> !l.startsWith("    "))) // feedback notes are the user's text
                .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void sinceKeepsApplicationsWithActivityFromThatDay() throws Exception {
        // globex (last entry 10-05) and tyrell (10-06) had nothing from 15 Oct on
        JsonNode s = json("--since", "2026-10-15");
        assertThat(s.get("since").asText()).isEqualTo("2026-10-15");
        assertThat(s.get("applications").asInt()).isEqualTo(9);
        assertThat(s.get("applications_read").asInt()).isEqualTo(11);
        assertThat(s.get("feedback")).hasSize(1);
        assertThat(run.run("stats", "--since", "2026-10-15")).succeeded()
                .outContains("9 of 11 applications active since Thu 15 Oct 2026");
    }

    @Test
    void aRelativeSinceCountsBack() throws Exception {
        // 4w before Mon 23 Nov is Mon 26 Oct: acme, cyberdyne, initech, societe-generale, stark, vandelay
        JsonNode s = json("--since", "4w");
        assertThat(s.get("since").asText()).isEqualTo("2026-10-26");
        assertThat(s.get("applications").asInt()).isEqualTo(6);
        assertThat(run.run("stats", "--since", "friday")).exitsWith(2).errContains("after the as-of date");
        assertThat(run.run("stats", "--since", "someday")).exitsWith(2).errContains("--since", "is not a date");
    }

    @Test
    void asOfLooksBackWithoutSeeingLaterEntries() throws Exception {
        // on 1 Oct: tyrell's feedback and offer, umbrella's interview and rejection had not happened
        JsonNode s = json("--as-of", "2026-10-01");
        assertThat(s.get("outcomes").get("declined").asInt()).isZero();
        assertThat(s.get("funnel").get("offer").get("count").asInt()).isZero();
        assertThat(s.get("feedback")).isEmpty();
    }

    @Test
    void aBadFileIsReportedAndTheOthersCounted() throws Exception {
        Files.writeString(home.resolve("applications/broken.yaml"), "company: Broken\nstatus: maybe\n");
        Run.Result r = run.run("stats");
        assertThat(r).exitsWith(1).noStackTrace()
                .errContains("applications/broken.yaml:2:9: ", "1 file could not be read")
                .outContains("11 applications");
        Run.Result j = run.run("stats", "--json");
        assertThat(j).exitsWith(1);
        JsonNode s = new ObjectMapper().readTree(j.out());
        assertThat(s.get("applications").asInt()).isEqualTo(11);
        assertThat(s.get("errors").get(0).get("file").asText()).isEqualTo("applications/broken.yaml");
        assertThat(s.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void anEmptyHomeSaysSo(@TempDir Path empty) throws Exception {
        assertThat(Run.in(empty).run("stats")).succeeded().outContains("0 applications", "No applications in");
        JsonNode s = new ObjectMapper().readTree(Run.in(empty).run("stats", "--json").out());
        assertThat(s.get("funnel").get("interviewed").get("share").isNull()).isTrue();
        assertThat(s.get("response").get("days_to_first_reply").get("median").isNull()).isTrue();
    }

    private static void ratio(JsonNode r, int count, int of, Double share, boolean enough) {
        assertThat(r.get("count").asInt()).as("count").isEqualTo(count);
        assertThat(r.get("of").asInt()).as("of").isEqualTo(of);
        if (share == null) {
            assertThat(r.get("share").isNull()).as("share").isTrue();
        } else {
            assertThat(r.get("share").asDouble()).as("share").isEqualTo(share);
        }
        assertThat(r.get("enough_data").asBoolean()).as("enough_data").isEqualTo(enough);
    }

    private static void days(JsonNode d, Double median, int count, boolean enough) {
        if (median == null) {
            assertThat(d.get("median").isNull()).as("median").isTrue();
        } else {
            assertThat(d.get("median").asDouble()).as("median").isEqualTo(median);
        }
        assertThat(d.get("count").asInt()).as("count").isEqualTo(count);
        assertThat(d.get("enough_data").asBoolean()).as("enough_data").isEqualTo(enough);
    }

    /** One source: its funnel counts, then answered, ghosted and waiting, then the first-reply median. */
    private static void source(JsonNode s, int applications, int interviewed, int offer, int answered, int ghosted,
            int waiting, Double firstReply, int replies) {
        JsonNode f = s.get("funnel");
        assertThat(f.get("applications").asInt()).isEqualTo(applications);
        ratio(f.get("interviewed"), interviewed, applications, applications == 0 ? null
                : (double) Math.round(10_000.0 * interviewed / applications) / 10_000, false);
        assertThat(f.get("offer").get("count").asInt()).isEqualTo(offer);
        JsonNode r = s.get("response");
        assertThat(r.get("interviewed").asInt()).isEqualTo(interviewed);
        assertThat(r.get("answered").get("count").asInt()).isEqualTo(answered);
        assertThat(r.get("ghosted").get("count").asInt()).isEqualTo(ghosted);
        assertThat(r.get("waiting").asInt()).isEqualTo(waiting);
        days(r.get("days_to_first_reply"), firstReply, replies, false);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
