package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six weeks of a search the issue "Advice you can trust" was lived through, replayed through
 * the command line day by day: six applications, several rounds, a delay, a rejection, silence, an
 * offer with a day to answer by, a contract signed. At each step {@code today} gives the advice
 * SPEC §6 states, and the drafts it suggests read as one message written for that moment (§7).
 * Actions are read from {@code today --json} and written {@code action[ (person)] id due}.
 */
class SixWeekSearchTest {

    @TempDir
    Path home;

    private Run on(String day) {
        return Run.in(home).today(LocalDate.parse(day));
    }

    /** Runs a command that must succeed; returns its stdout. */
    private String ok(String day, String... args) {
        Run.Result r = on(day).run(args);
        assertThat(r).as("followup %s on %s", String.join(" ", args), day).succeeded();
        return r.out();
    }

    /** Today's actions (with {@code --days N}), as "action[ (person)] id due". */
    private List<String> today(String day, int days) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map<String, String> a : actions(ok(day, "today", "--days", String.valueOf(days), "--json"))) {
            out.add(a.get("action") + (a.containsKey("to") ? " (" + a.get("to") + ")" : "") + " " + a.get("id") + " "
                    + a.get("due"));
        }
        return out;
    }

    /** The why of the one action of that kind for that application due by {@code day + days}. */
    private String why(String day, int days, String action, String id) throws IOException {
        List<String> whys = new ArrayList<>();
        for (Map<String, String> a : actions(ok(day, "today", "--days", String.valueOf(days), "--json"))) {
            if (a.get("action").equals(action) && a.get("id").equals(id)) {
                whys.add(a.get("why"));
            }
        }
        assertThat(whys).as("%s for %s on %s", action, id, day).hasSize(1);
        return whys.get(0);
    }

    private static List<Map<String, String>> actions(String json) throws IOException {
        List<Map<String, String>> actions = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("actions")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> a = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            a.put(key, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
                        }
                        actions.add(a);
                    }
                    return actions;
                }
            }
        }
        return actions;
    }

    /** The body paragraphs of a printed draft, without greeting, sign-off and signature. */
    private static List<String> paragraphs(String draft) {
        String body = draft.startsWith("To:") ? draft.substring(draft.indexOf("\n\n") + 2) : draft;
        List<String> out = new ArrayList<>();
        for (String p : body.strip().split("\n\n")) {
            if (!p.matches("(Dear|Hello)[^\n]*,") && !p.startsWith("Best regards,") && !p.startsWith("With best wishes,")) {
                out.add(p);
            }
        }
        return out;
    }

    /** What a user does in their editor: a line added to a contact in the file. */
    private void addToContact(String id, String after, String line) throws IOException {
        Path file = home.resolve("applications/" + id + ".yaml");
        String text = Files.readString(file);
        assertThat(text).contains(after);
        Files.writeString(file, text.replace(after, after + line));
    }

    @Test
    void sixWeeksOfASearch() throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve("config.yaml"),
                "me: {name: Alex Morgan, email: alex.morgan@example.org, phone: \"+1 555 0199\"}\n");

        // ---- Mon 2 Nov: a phone screen with Hooli; Müller & Söhne applied to
        ok("2026-11-02", "add", "Hooli", "--role", "Software Engineer", "--contact", "Gavin Park <gavin@hooli.example>",
                "--contact", "Priya Nair <priya@hooli.example>", "--applied", "2026-10-26", "--no-input");
        ok("2026-11-02", "log", "hooli", "interview", "--at", "10:00", "--kind", "phone screen", "--with", "Gavin Park");
        ok("2026-11-02", "add", "Müller & Söhne", "--role", "Data Engineer",
                "--contact", "Jürgen Weiß <jürgen.weiss@müller-söhne.example>", "--applied", "2026-10-28", "--no-input");
        // 000: no paper note after a phone screen, not even in the days ahead
        assertThat(today("2026-11-02", 3)).containsExactly("ask-timeline hooli 2026-11-02",
                "thanks (Gavin Park) hooli 2026-11-02", "linkedin hooli 2026-11-03");
        assertThat(ok("2026-11-02", "draft", "thanks", "hooli")).contains("Thank you for speaking with me today",
                "Could you let me know what the next steps are");
        ok("2026-11-02", "log", "hooli", "thanks");
        ok("2026-11-02", "log", "hooli", "timeline", "--decision-by", "fri", "--note", "onsite invitation by Friday");
        String linkedin = ok("2026-11-03", "draft", "linkedin", "hooli");
        assertThat(linkedin).startsWith("Hello Gavin,\n\nIt was a pleasure to speak with you yesterday")
                .doesNotContain("To:", "Subject:");
        assertThat(linkedin.length()).isLessThanOrEqualTo(301);
        ok("2026-11-03", "log", "hooli", "linkedin");

        // ---- Wed 4 Nov: Initech, whose interview was three weeks ago, added after the fact
        ok("2026-11-04", "add", "Initech", "--role", "Senior Software Engineer",
                "--contact", "Bill Lumbergh <bill@initech.example>", "--interview", "2026-10-14", "--no-input");
        // no thank-you weeks late; a check-in is what is due
        assertThat(today("2026-11-04", 0)).containsExactly("linkedin initech 2026-10-15", "check-in initech 2026-10-21");
        ok("2026-11-04", "log", "initech", "check-in");
        ok("2026-11-04", "log", "initech", "linkedin");

        // ---- Thu 5 Nov: Globex by video, with Lisa, whose own hook goes into her contact
        ok("2026-11-05", "add", "Globex", "--role", "Platform Engineer", "--contact", "Lisa Chen <lisa@globex.example>",
                "--contact", "Marco Rossi <marco@globex.example>", "--interview", "today", "--at", "14:00",
                "--kind", "video", "--with", "Lisa Chen", "--no-input");
        addToContact("globex", "    email: lisa@globex.example\n", "    anchor: the incident review you walked me through\n");
        assertThat(today("2026-11-05", 0)).containsExactly("ask-timeline globex 2026-11-05",
                "thanks (Lisa Chen) globex 2026-11-05");
        String globex1 = ok("2026-11-05", "draft", "thanks", "globex");
        assertThat(globex1).contains("our conversation about the incident review you walked me through");
        ok("2026-11-05", "log", "globex", "thanks");
        ok("2026-11-06", "log", "globex", "linkedin");

        // ---- Fri 6 Nov: Hooli invites to an onsite on Tue 10
        ok("2026-11-06", "log", "hooli", "reply", "--note", "onsite invitation");
        ok("2026-11-06", "log", "hooli", "interview", "--on", "2026-11-10", "--at", "09:00", "--kind", "onsite",
                "--with", "Gavin Park", "--with", "Priya Nair");
        ok("2026-11-09", "log", "globex", "interview", "--on", "2026-11-13", "--at", "11:00", "--kind", "onsite",
                "--with", "Lisa Chen", "--with", "Marco Rossi");

        // ---- Tue 10 Nov: Hooli's onsite, two interviewers, each thanked in their own words
        assertThat(today("2026-11-10", 1)).containsExactly("ask-timeline hooli 2026-11-10",
                "thanks (Gavin Park) hooli 2026-11-10", "thanks (Priya Nair) hooli 2026-11-10",
                "paper-note hooli 2026-11-11");
        String gavin = ok("2026-11-10", "draft", "thanks", "hooli", "--to", "Gavin Park");
        String priya = ok("2026-11-10", "draft", "thanks", "hooli", "--to", "Priya Nair");
        assertThat(gavin).contains("Subject: Thank you for the second Software Engineer interview",
                "Thank you for having me back today for the second round (onsite), and for the time you and Priya Nair");
        assertThat(priya).contains("the time you and Gavin Park gave me", "could you or Gavin let me know");
        assertThat(paragraphs(priya)).doesNotContainAnyElementsOf(paragraphs(gavin));
        ok("2026-11-10", "log", "hooli", "thanks");

        // ---- Wed 11 Nov: the paper note for Hooli's first round in person, a letter to print
        addToContact("hooli", "    email: gavin@hooli.example\n", "    address: |\n      Hooli, 1 Infinite Loop\n      Palo Alto\n");
        assertThat(ok("2026-11-11", "draft", "note", "hooli"))
                .startsWith("11 November 2026\n\nGavin Park\nHooli, 1 Infinite Loop\nPalo Alto\n\nDear Gavin,\n")
                .doesNotContain("To:", "Subject:");
        ok("2026-11-11", "log", "hooli", "note");
        // Vandelay: the only contact has a phone and no email
        ok("2026-11-11", "add", "Vandelay", "--role", "Import/Export Analyst", "--contact", "Art Vandelay +1 555 0142",
                "--interview", "today", "--at", "15:00", "--kind", "onsite", "--with", "Art Vandelay",
                "--decision-by", "fri", "--anchor", "the latex import story", "--no-input");
        assertThat(why("2026-11-11", 0, "thanks", "vandelay")).isEqualTo("Send it the same day, within an hour of your "
                + "15:00 interview. No email address is known: call Art Vandelay (+1 555 0142).");
        Run.Result art = on("2026-11-11").run("draft", "thanks", "vandelay");
        assertThat(art).succeeded().outContains("To: Art Vandelay\n", "by Friday 13 November")
                .errContains("no email address is known for Art Vandelay");
        ok("2026-11-11", "log", "vandelay", "thanks");
        ok("2026-11-12", "log", "vandelay", "note");
        ok("2026-11-12", "log", "vandelay", "linkedin");
        ok("2026-11-12", "log", "hooli", "interview", "--on", "2026-11-18", "--at", "13:00", "--kind", "final onsite",
                "--with", "Priya Nair", "--with", "Dana Whitfield");

        // ---- Fri 13 Nov: Globex's onsite; Lisa's hook belongs to her first round, Marco never gets it
        assertThat(today("2026-11-13", 3)).containsExactly("ask-timeline globex 2026-11-13",
                "thanks (Lisa Chen) globex 2026-11-13", "thanks (Marco Rossi) globex 2026-11-13",
                "paper-note globex 2026-11-16", "check-in vandelay 2026-11-16");
        String lisa2 = ok("2026-11-13", "draft", "thanks", "globex", "--to", "Lisa Chen");
        String marco = ok("2026-11-13", "draft", "thanks", "globex", "--to", "Marco Rossi");
        assertThat(marco).doesNotContain("incident review");
        assertThat(lisa2).doesNotContain("incident review");
        assertThat(paragraphs(lisa2)).doesNotContainAnyElementsOf(paragraphs(globex1));
        ok("2026-11-13", "log", "globex", "thanks");

        // ---- Mon 16 Nov: Acme, an onsite with Jane and Raj (a phone only, his own hook)
        ok("2026-11-16", "log", "globex", "note");
        ok("2026-11-16", "add", "Acme Corp", "--role", "Backend Engineer",
                "--contact", "Jane Doe <jane@acme.example> +1 555 0100", "--contact", "Raj Patel +1 555 0177",
                "--interview", "today", "--at", "10:00", "--kind", "onsite", "--with", "Jane Doe", "--with", "Raj Patel",
                "--decision-by", "mon", "--anchor", "the book \"Accelerate\" you recommended", "--no-input");
        addToContact("acme-corp", "    phone: \"+1 555 0177\"\n", "    anchor: idempotency keys in the payments API\n");
        assertThat(why("2026-11-16", 0, "check-in", "vandelay")).isEqualTo("They said you would hear by Fri 13 Nov; "
                + "no word since: call Art Vandelay (+1 555 0142); no email address is known.");
        String jane1 = ok("2026-11-16", "draft", "thanks", "acme-corp", "--to", "Jane Doe");
        String raj = ok("2026-11-16", "draft", "thanks", "acme-corp", "--to", "Raj Patel");
        assertThat(jane1).contains("together with Raj Patel", "Accelerate", "by Monday 23 November")
                .doesNotContain("idempotency");
        assertThat(raj).contains("together with Jane Doe", "idempotency keys in the payments API")
                .doesNotContain("Accelerate");
        assertThat(paragraphs(raj)).doesNotContainAnyElementsOf(paragraphs(jane1));
        ok("2026-11-16", "log", "acme-corp", "thanks");
        ok("2026-11-17", "log", "acme-corp", "note");
        ok("2026-11-17", "log", "acme-corp", "linkedin");

        // ---- Wed 18 Nov: Hooli's third round in 16 days: thank-yous, but no second paper note (000)
        assertThat(today("2026-11-18", 3)).containsExactly("check-in vandelay 2026-11-16",
                "ask-timeline hooli 2026-11-18", "thanks (Dana Whitfield) hooli 2026-11-18",
                "thanks (Priya Nair) hooli 2026-11-18", "follow-up initech 2026-11-18", "check-in globex 2026-11-20");
        String priya3 = ok("2026-11-18", "draft", "thanks", "hooli", "--to", "Priya Nair");
        assertThat(priya3).contains("third round (final onsite)");
        assertThat(paragraphs(priya3)).doesNotContainAnyElementsOf(paragraphs(priya));
        ok("2026-11-18", "log", "hooli", "thanks");
        ok("2026-11-18", "log", "hooli", "timeline", "--decision-by", "2026-11-27");
        // 002: a follow-up with a purpose, and what it shared recorded
        assertThat(ok("2026-11-18", "draft", "follow-up", "initech", "--link", "https://example.org/tps",
                "--about", "an article on migrating report pipelines"))
                .contains("I came across an article on migrating report pipelines and thought you might find it "
                        + "interesting:\nhttps://example.org/tps", "follow up on my note of Wednesday 4 November");
        ok("2026-11-18", "log", "initech", "follow-up", "--link", "https://example.org/tps");

        // ---- Thu 19 Nov: Globex delays, with no new date
        ok("2026-11-19", "log", "globex", "delayed", "--note", "hiring manager out sick");
        assertThat(why("2026-11-19", 7, "check-in", "globex"))
                .isEqualTo("They delayed the decision on Thu 19 Nov with no new date, so check in 7 days later.");

        // ---- Fri 20 Nov: Vandelay, on the day they named: "still deciding"
        ok("2026-11-20", "log", "vandelay", "reply", "--note", "still deciding");

        // ---- Mon 23 Nov: a reply is not silence: no "no word since", a week after their word
        assertThat(today("2026-11-23", 0)).isEmpty();
        assertThat(why("2026-11-23", 7, "check-in", "vandelay")).isEqualTo("Their last word was on Fri 20 Nov, so "
                + "check in 7 days later: call Art Vandelay (+1 555 0142); no email address is known.");
        assertThat(ok("2026-11-23", "draft", "check-in", "vandelay")).contains("your note of Friday 20 November")
                .doesNotContain("13 November");
        assertThat(ok("2026-11-23", "draft", "check-in", "globex")).contains("the decision would take a little longer")
                .doesNotContain("hoped to reach a decision");

        // ---- Tue 24 Nov: Müller & Söhne by phone
        ok("2026-11-24", "log", "muller-sohne", "interview", "--at", "11:00", "--kind", "phone", "--with", "Jürgen Weiß");
        assertThat(today("2026-11-24", 2)).containsExactly("ask-timeline muller-sohne 2026-11-24",
                "thanks (Jürgen Weiß) muller-sohne 2026-11-24", "check-in acme-corp 2026-11-25",
                "linkedin muller-sohne 2026-11-25", "check-in globex 2026-11-26");
        ok("2026-11-24", "log", "muller-sohne", "thanks");
        ok("2026-11-25", "log", "muller-sohne", "linkedin");

        // ---- Wed 25 Nov: Globex says no; Acme invites to a second round on Wed 2 Dec
        ok("2026-11-25", "log", "globex", "rejected");
        ok("2026-11-25", "log", "acme-corp", "interview", "--on", "2026-12-02", "--at", "14:00", "--kind", "onsite",
                "--with", "Jane Doe", "--with", "Tom Okafor");
        assertThat(today("2026-11-25", 1)).containsExactly("rejection-reply globex 2026-11-26");
        // one view of the past: as of the 20th, Globex was still interviewing, and listed
        assertThat(ok("2026-11-25", "--as-of", "2026-11-20", "list")).contains("globex", "interviewing");
        assertThat(ok("2026-11-25", "--as-of", "2026-11-20", "show", "globex")).contains("status       interviewing")
                .doesNotContain("rejected");
        // connected on LinkedIn since 6 Nov: the reply does not ask to connect
        assertThat(ok("2026-11-26", "draft", "rejection-reply", "globex")).doesNotContain("connecting on LinkedIn");
        ok("2026-11-26", "log", "globex", "rejection-reply");
        ok("2026-11-27", "log", "vandelay", "check-in");

        // ---- Mon 30 Nov: an offer from Hooli, to answer by Mon 7 Dec: tell them all, immediately (003)
        ok("2026-11-30", "log", "hooli", "offer", "--deadline", "2026-12-07");
        assertThat(today("2026-11-30", 4)).containsExactly("tell-offer acme-corp 2026-11-30",
                "tell-offer initech 2026-11-30", "tell-offer muller-sohne 2026-11-30", "tell-offer vandelay 2026-11-30",
                "check-in muller-sohne 2026-12-01", "ask-timeline acme-corp 2026-12-02", "move-on initech 2026-12-02",
                "answer-offer hooli 2026-12-04");
        assertThat(why("2026-11-30", 0, "tell-offer", "acme-corp")).isEqualTo("You have an offer from Hooli since "
                + "Mon 30 Nov, to answer by Mon 7 Dec; tell them now, honestly, so they can react in time.");
        assertThat(ok("2026-11-30", "draft", "other-offer", "acme-corp")).contains(
                "I have received a job offer from Hooli, and I have been asked to give my answer by Monday 7 December",
                "I am looking forward to our onsite on Wednesday");
        for (String id : List.of("acme-corp", "initech", "muller-sohne", "vandelay")) {
            ok("2026-11-30", "log", id, "told-offer");
        }
        ok("2026-12-01", "log", "muller-sohne", "check-in");

        // ---- Wed 2 Dec: Acme's second round; Jane's thank-you is written for it, Tom gets no one else's hook
        assertThat(today("2026-12-02", 0)).containsExactly("ask-timeline acme-corp 2026-12-02",
                "thanks (Jane Doe) acme-corp 2026-12-02", "thanks (Tom Okafor) acme-corp 2026-12-02",
                "move-on initech 2026-12-02");
        String jane2 = ok("2026-12-02", "draft", "thanks", "acme-corp", "--to", "Jane Doe");
        assertThat(paragraphs(jane2)).doesNotContainAnyElementsOf(paragraphs(jane1));
        assertThat(ok("2026-12-02", "draft", "thanks", "acme-corp", "--to", "Tom Okafor")).doesNotContain("Accelerate");
        ok("2026-12-02", "log", "acme-corp", "thanks");
        ok("2026-12-02", "log", "initech", "closed");
        // a keep-in-touch lies ahead for Globex, while the search goes on
        assertThat(ok("2026-12-03", "list", "--all")).contains("keep-in-touch, Wed 24 Feb");

        // ---- Fri 4 Dec: the last work day before the deadline: answer, and sign
        assertThat(today("2026-12-04", 0)).containsExactly("answer-offer hooli 2026-12-04");
        ok("2026-12-04", "log", "hooli", "accepted");

        // ---- Mon 7 Dec: withdraw from the others still open (003)
        assertThat(today("2026-12-07", 0)).containsExactly("withdraw acme-corp 2026-12-07",
                "withdraw muller-sohne 2026-12-07", "withdraw vandelay 2026-12-07");
        assertThat(ok("2026-12-07", "draft", "withdraw", "acme-corp")).contains("I have accepted a position at Hooli");
        for (String id : List.of("acme-corp", "muller-sohne", "vandelay")) {
            ok("2026-12-07", "log", id, "withdrew");
        }

        // ---- and after: no longer looking, so no keep-in-touch notes asking about openings
        assertThat(today("2027-03-01", 60)).isEmpty();
        assertThat(ok("2027-03-01", "list", "--all")).doesNotContain("keep-in-touch");
    }
}
