package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup calendar}, read back with ical4j, as of Mon 23 Nov 2026. */
class CalendarCommandTest {

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void writeHome() throws Exception {
        Path apps = Files.createDirectories(home.resolve("applications"));
        // an interview today at 14:00 with two people: a thank-you each, ask-timeline in the interview
        Files.writeString(apps.resolve("acme.yaml"), """
                company: Acme Corp
                role: Backend Engineer
                contacts:
                  - name: Jane Doe
                interviews:
                  - date: 2026-11-23
                    time: "14:00"
                    with: [Jane Doe, Zoë Martin]
                    kind: onsite
                """);
        // commas, semicolons and a newline to escape; check-in due today (16 Nov + 7 days)
        Files.writeString(apps.resolve("smith-jones.yaml"), """
                company: "Smith, Jones; Partners"
                role: "Analyst\\nnights"
                interviews:
                  - date: 2026-11-16
                log:
                  - date: 2026-11-16
                    event: thanks
                  - date: 2026-11-16
                    event: note
                  - date: 2026-11-17
                    event: linkedin
                """);
        // an interview ahead with no time: an all-day event
        Files.writeString(apps.resolve("societe-generale.yaml"), """
                company: Société Générale
                role: Développeur
                contacts:
                  - name: Zoë Dupont
                interviews:
                  - date: 2026-11-26
                    with: [Zoë Dupont]
                """);
        // rejected last week and not answered: overdue since Thu 19 Nov
        Files.writeString(apps.resolve("globex.yaml"), """
                company: Globex
                status: rejected
                interviews:
                  - date: 2026-11-10
                log:
                  - date: 2026-11-10
                    event: thanks
                  - date: 2026-11-18
                    event: rejected
                """);
        run = Run.in(home);
    }

    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> byUid = new LinkedHashMap<>();
        for (Component c : calendar.getComponents()) {
            VEvent e = (VEvent) c;
            assertThat(byUid.put(value(e, Property.UID), e)).as("UIDs are unique").isNull();
        }
        return byUid;
    }

    private static String value(PropertyListAccessor c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static boolean allDay(VEvent e) {
        return e.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE")
                .map(p -> p.getValue().equals("DATE")).orElse(false);
    }

    @Test
    void actionsAreAllDayAndInterviewsTimedOrAllDay() throws Exception {
        Run.Result r = run.run("calendar");
        assertThat(r).succeeded().errIsEmpty();
        Map<String, VEvent> events = events(r.out());
        assertThat(events.keySet()).containsExactlyInAnyOrder(
                "interview-2026-11-23.acme@followup",
                "thanks-jane-doe.acme@followup",
                "thanks-zoe-martin.acme@followup",
                "paper-note.acme@followup",
                "linkedin.acme@followup",
                "check-in.acme@followup",
                "check-in.smith-jones@followup",
                "interview-2026-11-26.societe-generale@followup",
                "rejection-reply.globex@followup");

        VEvent interview = events.get("interview-2026-11-23.acme@followup");
        assertThat(allDay(interview)).isFalse();
        assertThat(value(interview, Property.DTSTART)).isEqualTo("20261123T140000"); // floating local time
        assertThat(interview.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")).isEmpty();
        assertThat(value(interview, Property.DTEND)).isEqualTo("20261123T150000");
        assertThat(value(interview, Property.SUMMARY)).isEqualTo("Interview: Acme Corp");
        assertThat(value(interview, Property.TRANSP)).isEqualTo("OPAQUE");
        assertThat(value(interview, Property.DESCRIPTION)).isEqualTo("""
                Acme Corp — Backend Engineer
                Onsite with Jane Doe, Zoë Martin.
                Before you leave your 14:00 interview, ask when you will hear from them.

                Send the thank-you the same day: followup draft thanks acme""");

        VEvent allDayInterview = events.get("interview-2026-11-26.societe-generale@followup");
        assertThat(allDay(allDayInterview)).isTrue();
        assertThat(value(allDayInterview, Property.DTSTART)).isEqualTo("20261126");
        assertThat(value(allDayInterview, Property.DTEND)).isEqualTo("20261127");
        assertThat(value(allDayInterview, Property.SUMMARY)).isEqualTo("Interview: Société Générale");

        VEvent thanks = events.get("thanks-zoe-martin.acme@followup");
        assertThat(allDay(thanks)).isTrue();
        assertThat(value(thanks, Property.DTSTART)).isEqualTo("20261123");
        assertThat(value(thanks, Property.DTEND)).isEqualTo("20261124");
        assertThat(value(thanks, Property.SUMMARY)).isEqualTo("Thank-you (Zoë Martin): Acme Corp");
        assertThat(value(thanks, Property.TRANSP)).isEqualTo("TRANSPARENT");
        assertThat(value(thanks, Property.DESCRIPTION)).isEqualTo("""
                Acme Corp — Backend Engineer
                Send it the same day, within an hour of your 14:00 interview.

                Do it: followup draft thanks acme --to "Zoë Martin\"""");

        assertThat(value(events.get("paper-note.acme@followup"), Property.DTSTART)).isEqualTo("20261124");
        for (VEvent e : events.values()) {
            assertThat(value(e, Property.DTSTAMP)).isEqualTo("20261123T000000Z");
        }
    }

    /** SPEC §5: an action's reminder on its morning, an interview's an hour before when its time is known. */
    @Test
    void actionsRemindOnTheirMorningAndTimedInterviewsAnHourBefore() throws Exception {
        Map<String, VEvent> events = events(run.run("calendar").out());
        VAlarm interview = onlyAlarm(events.get("interview-2026-11-23.acme@followup"));
        assertThat(value(interview, Property.TRIGGER)).isEqualTo("-PT1H");
        assertThat(value(interview, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(value(interview, Property.DESCRIPTION)).isEqualTo("Interview: Acme Corp");

        VAlarm thanks = onlyAlarm(events.get("thanks-zoe-martin.acme@followup"));
        assertThat(value(thanks, Property.TRIGGER)).isEqualTo("PT9H"); // 9:00 on the all-day event's day
        assertThat(value(thanks, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(value(thanks, Property.DESCRIPTION)).isEqualTo("Thank-you (Zoë Martin): Acme Corp");
        for (VEvent e : events.values()) {
            if (!e.getProperty(Property.UID).orElseThrow().getValue().startsWith("interview-")) {
                assertThat(value(onlyAlarm(e), Property.TRIGGER)).as("every action has its reminder").isEqualTo("PT9H");
            }
        }
        // an interview with no time has no hour to remind an hour before
        assertThat(events.get("interview-2026-11-26.societe-generale@followup").getAlarms()).isEmpty();
    }

    private static VAlarm onlyAlarm(VEvent e) {
        assertThat(e.getAlarms()).hasSize(1);
        return e.getAlarms().get(0);
    }

    @Test
    void overdueActionsGoOnTodayAndSaySince() throws Exception {
        VEvent reply = events(run.run("calendar").out()).get("rejection-reply.globex@followup");
        assertThat(value(reply, Property.DTSTART)).isEqualTo("20261123");
        assertThat(value(reply, Property.SUMMARY)).isEqualTo("Reply to the rejection: Globex");
        assertThat(value(reply, Property.DESCRIPTION)).contains("Overdue since Thu 19 Nov.",
                "Do it: followup draft rejection-reply globex");
    }

    @Test
    void commasSemicolonsNewlinesAndAccentsAreEscapedAndComeBack() throws Exception {
        String ics = run.run("calendar").out();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Check-in: Smith\\, Jones\\; Partners\r\n",
                "DESCRIPTION:Smith\\, Jones\\; Partners — Analyst\\nnights\\n",
                "SUMMARY:Thank-you (Zoë Martin): Acme Corp\r\n",
                "SUMMARY:Interview: Société Générale\r\n");
        VEvent checkIn = events(ics).get("check-in.smith-jones@followup");
        assertThat(value(checkIn, Property.SUMMARY)).isEqualTo("Check-in: Smith, Jones; Partners");
        assertThat(value(checkIn, Property.DESCRIPTION)).startsWith("Smith, Jones; Partners — Analyst\nnights\n");
        // RFC 5545 §3.1: CRLF line ends, every line folded (ical4j counts characters, not octets)
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void theCalendarIsValidForTheLibrary() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(run.run("calendar").out()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//followup//followup//EN");
        assertThat(run.run("calendar").out()).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n",
                "\r\nX-WR-CALNAME:followup\r\n");
    }

    @Test
    void uidsAndTextStayTheSameBetweenRuns() {
        String first = run.run("calendar").out();
        String second = run.run("calendar").out();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anEventKeepsItsUidWhenItsDateMoves() throws Exception {
        VEvent before = events(run.run("calendar").out()).get("check-in.smith-jones@followup");
        assertThat(value(before, Property.DTSTART)).isEqualTo("20261123");
        // they wrote on Fri 20 Nov: a decision by Fri 27 Nov moves the check-in to Mon 30 Nov
        assertThat(run.run("log", "smith-jones", "timeline", "--on", "2026-11-20", "--decision-by", "2026-11-27"))
                .succeeded();
        Map<String, VEvent> after = events(run.run("calendar").out());
        VEvent moved = after.get("check-in.smith-jones@followup");
        assertThat(moved).isNotNull();
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20261130");
        assertThat(after.keySet()).noneMatch(uid -> uid.startsWith("check-in.smith-jones") && !uid.equals(
                "check-in.smith-jones@followup"));
    }

    @Test
    void daysLimitsHowFarAhead() throws Exception {
        assertThat(events(run.run("calendar", "--days", "0").out()).keySet())
                .doesNotContain("paper-note.acme@followup", "interview-2026-11-26.societe-generale@followup")
                .contains("thanks-jane-doe.acme@followup", "rejection-reply.globex@followup");
        assertThat(run.run("calendar", "--days", "-1")).exitsWith(2).errContains("--days");
        // the keep-in-touch after a rejection reply comes 90 days later: beyond the default 60
        assertThat(run.run("log", "globex", "rejection-reply", "--on", "2026-11-19")).succeeded();
        assertThat(events(run.run("calendar").out()).keySet()).noneMatch(uid -> uid.startsWith("keep-in-touch"));
        VEvent keep = events(run.run("calendar", "--days", "120").out()).get("keep-in-touch.globex@followup");
        assertThat(value(keep, Property.DTSTART)).isEqualTo("20270217");
    }

    @Test
    void outputWritesAPrivateFileAtomically() throws Exception {
        Path file = home.resolve("followup.ics");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(run.run("calendar", "--output", file.toString())).succeeded().outIs("").errIsEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(run.run("calendar").out());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void outputIntoAMissingFolderOrOntoAFolderIsRefused() {
        assertThat(run.run("calendar", "--output", home.resolve("no/such/f.ics").toString())).exitsWith(1)
                .errContains("does not exist").noStackTrace();
        assertThat(run.run("calendar", "--output", home.toString())).exitsWith(1).errContains("is a folder");
    }

    @Test
    void aBadFileIsReportedAndTheCalendarStillMade() throws Exception {
        Files.writeString(home.resolve("applications/broken.yaml"), "company: [\n");
        Run.Result r = run.run("calendar");
        assertThat(r).exitsWith(1).noStackTrace().errContains("applications/broken.yaml:", "1 file could not be read");
        assertThat(events(r.out())).containsKey("check-in.smith-jones@followup");
    }

    @Test
    void anEmptyHomeGivesAnEmptyCalendar(@TempDir Path empty) throws Exception {
        Run.Result r = Run.in(empty).run("calendar");
        assertThat(r).succeeded();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(new CalendarBuilder().build(new StringReader(r.out())).getComponents()).isEmpty();
    }
}
