package followup.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.model.EventType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Real mail's shapes: MIME structure, transfer encodings, charsets, calendar parts, broken messages. */
class MessageReaderTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private static Message read(String corpusFile) throws Exception {
        return reader(LA).read(corpusFile, Corpus.bytes(corpusFile));
    }

    private static MessageReader reader(ZoneId zone) {
        return new MessageReader(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    private static Message read(String text, ZoneId zone) throws Exception {
        return reader(zone).read("test", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedPrintablePlainTextIsPreferredToItsHtmlAlternative() throws Exception {
        Message m = read("initech-lever-rejection.eml");
        // the HTML part says "We are excited to offer you the position!": the text part is what is read
        assertThat(m.reading().event()).isEqualTo(EventType.REJECTED);
        assertThat(m.from().name()).isEqualTo("Initech Hiring");
        assertThat(m.subject()).isEqualTo("Your application to Initech");
    }

    @Test
    void anHtmlOnlyBase64BodyIsReducedToText() throws Exception {
        Message m = read("globex-greenhouse-rejection.eml");
        assertThat(m.reading().event()).isEqualTo(EventType.REJECTED);
        assertThat(m.reading().why()).contains("move forward with other candidates");
        assertThat(m.automatic()).as("an ATS's auto-generated mail is still their word").isNull();
    }

    @Test
    void encodedWordsInAnyCharsetAreDecoded() throws Exception {
        assertThat(read("umbrella-workday-rejection.eml").subject())
                .isEqualTo("Your application to Umbrella Corporation \u2013 an update");
        Message sg = read("societe-generale-two-weeks.eml");
        assertThat(sg.from().name()).isEqualTo("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale Recrutement");
        assertThat(sg.subject()).isEqualTo("Votre candidature \u00e0 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale");
        assertThat(sg.reading().event()).isEqualTo(EventType.TIMELINE);
        assertThat(sg.reading().decisionBy()).isEqualTo(LocalDate.of(2026, 12, 8));

        String koi8 = Base64.getEncoder().encodeToString("Привет".getBytes(Charset.forName("KOI8-R")));
        String sjis = Base64.getEncoder().encodeToString("面接".getBytes(Charset.forName("Shift_JIS")));
        Message m = read("From: =?KOI8-R?B?" + koi8 + "?= <a@b.example>\nSubject: Re:=?UTF-8?Q?Caf=C3=A9?= =?Shift_JIS?B?"
                + sjis + "?=\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <x@b.example>\n\nHi\n", LA);
        assertThat(m.from().name()).isEqualTo("Привет");
        assertThat(m.subject()).isEqualTo("Re:Café面接");
    }

    @Test
    void anUnknownCharsetReadsAsUtf8() throws Exception {
        Message m = read("From: a@b.example\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <y@b.example>\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\n\nWe will get back to you by Friday.\n", LA);
        assertThat(m.reading().event()).isEqualTo(EventType.TIMELINE);
    }

    @Test
    void aMessageIsDatedByItsDateHeaderInTheUsersZone() throws Exception {
        String text = "From: a@b.example\nDate: Tue, 24 Nov 2026 23:30:00 -0800\nMessage-ID: <z@b.example>\n\nHi\n";
        assertThat(read(text, LA).date().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(read(text, ZoneId.of("Europe/Paris")).date().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aGoogleCalendarInvitationGivesTheLocalTimeAndTheAttendees() throws Exception {
        Message m = read("acme-02-invite-google.eml");
        Invitation inv = m.invitation();
        assertThat(inv.method()).isEqualTo("REQUEST");
        assertThat(inv.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(inv.time()).as("14:00 in New York is 11:00 in Los Angeles").isEqualTo(LocalTime.of(11, 0));
        assertThat(inv.attendees()).extracting(Invitation.Attendee::name)
                .containsExactly("Jane Doe", "Dana Park", "alex.kim@example.org");
        assertThat(m.reading().event()).isEqualTo(EventType.INTERVIEW);
        // the same invitation read in New York
        assertThat(reader(ZoneId.of("America/New_York")).read("x", Corpus.bytes("acme-02-invite-google.eml"))
                .invitation().time()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void anOutlookInvitationWithAWindowsZoneNameAndARoom() throws Exception {
        Invitation inv = read("hooli-01-invite-outlook.eml").invitation();
        assertThat(inv.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(inv.time()).as("13:00 Eastern Standard Time, from its VTIMEZONE").isEqualTo(LocalTime.of(10, 0));
        assertThat(inv.when()).contains("Eastern Standard Time");
        assertThat(inv.attendees()).extracting(Invitation.Attendee::name)
                .containsExactly("Gavin Belson", "Alex Kim", "Peter Gregory"); // the organizer, not the room
    }

    @Test
    void aCancellationIsListedNotLogged() throws Exception {
        Message m = read("hooli-02-cancel-outlook.eml");
        assertThat(m.invitation().isCancel()).isTrue();
        assertThat(m.reading().event()).isNull();
    }

    @Test
    void aTimeZoneNobodyDefinesLeavesTheTimeOut() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261123T100000Z\r\n"
                + "DTSTART;TZID=Customized Time Zone:20261202T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Message m = read("From: a@b.example\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <c@b.example>\n"
                + "Content-Type: text/calendar; method=REQUEST\n\n" + ics, LA);
        assertThat(m.invitation().date()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(m.invitation().time()).isNull();
        assertThat(m.invitation().when()).contains("time zone unknown");
    }

    @Test
    void automaticMessagesAreRecognised() throws Exception {
        assertThat(read("acme-05-autoreply.eml").automatic()).contains("automatic reply");
        Message bounce = read("From: MAILER-DAEMON@acme.example\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <d@b.example>\n"
                + "Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; "
                + "boundary=b\n\n--b\nContent-Type: text/plain\n\nNot delivered.\n--b--\n", LA);
        assertThat(bounce.automatic()).contains("delivery");
    }

    @Test
    void aForwardedAttachmentIsNotRead() throws Exception {
        Message m = read("From: jane@acme.example\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <e@b.example>\n"
                + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee attached.\n--b\n"
                + "Content-Type: message/rfc822\n\nFrom: x@y.example\nSubject: old\n\nWe have decided to move forward with "
                + "other candidates.\n--b--\n", LA);
        assertThat(m.reading().event()).isEqualTo(EventType.REPLY);
    }

    @Test
    void theMessageIdIsKeptAsWritten() throws Exception {
        Message m = read("From: a@b.example\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID:\n <abc.123@b.example> (comment)\n\nHi\n", LA);
        assertThat(m.messageId()).isEqualTo("<abc.123@b.example>");
    }

    @Test
    void brokenMessagesSayWhyWithoutQuotingThem() {
        MessageReader r = reader(LA);
        assertThatThrownBy(() -> r.read("x", Corpus.bytes("broken-not-mail.eml")))
                .hasMessage("not a mail message (no header lines)");
        assertThatThrownBy(() -> r.read("x", Corpus.bytes("broken-bad-base64.eml")))
                .hasMessage("its body cannot be decoded");
        assertThatThrownBy(() -> read("From: a@b.example\nMessage-ID: <f@b.example>\n\nsecret words\n", LA))
                .hasMessage("has no readable Date: header");
        assertThatThrownBy(() -> read("From: a@b.example\nDate: Tue, 24 Nov 2026 10:00:00 +0000\n\nsecret words\n", LA))
                .hasMessageContaining("has no Message-ID");
        assertThatThrownBy(() -> read("Subject: secret words\nDate: Tue, 24 Nov 2026 10:00:00 +0000\n\nx\n", LA))
                .hasMessage("not a mail message (no From: address)");
        assertThatThrownBy(() -> r.read("x", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}))
                .hasMessage("not a mail message (no header lines)");
    }
}
