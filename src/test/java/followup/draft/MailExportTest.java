package followup.draft;

import followup.model.Config;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailExportTest {

    private static final Config.Me ME = new Config.Me("Zoë Ångström", "zoe@example.org", null);
    private static final Draft DRAFT = new Draft(DraftKind.THANKS, "Frédérique Dupont-Lefèvre", "f.dupont@societe.example",
            "Merci — entretien chez Société Générale",
            "Dear Frédérique,\n\nThank you for meeting with me today at Société Générale.\n\nBest regards,\nZoë Ångström");

    private static byte[] eml(Draft draft, Config.Me me) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MailExport.writeEml(draft, me, out);
        return out.toByteArray();
    }

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @Test
    void emlParsesBackWithTheSameFromToSubjectAndBody() throws Exception {
        MimeMessage m = parse(eml(DRAFT, ME));
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertThat(from.getAddress()).isEqualTo("zoe@example.org");
        assertThat(from.getPersonal()).isEqualTo("Zoë Ångström");
        assertThat(to.getAddress()).isEqualTo("f.dupont@societe.example");
        assertThat(to.getPersonal()).isEqualTo("Frédérique Dupont-Lefèvre");
        assertThat(m.getSubject()).isEqualTo("Merci — entretien chez Société Générale");
        assertThat(m.getHeader("X-Unsent")).containsExactly("1");
        ContentType type = new ContentType(m.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/plain");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(((String) m.getContent()).replace("\r\n", "\n")).isEqualTo(DRAFT.body() + "\n");
    }

    @Test
    void emlHeadersAreAsciiWithNonAsciiEncodedAsRfc2047Words() throws Exception {
        byte[] eml = eml(DRAFT, ME);
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        String headers = text.substring(0, text.indexOf("\r\n\r\n"));
        for (int i = 0; i < headers.length(); i++) {
            assertThat((int) headers.charAt(i)).as("header byte %d", i).isLessThan(128);
        }
        assertThat(headers).containsPattern("(?m)^From: =\\?UTF-8\\?[QB]\\?")
                .containsPattern("(?m)^To: =\\?UTF-8\\?[QB]\\?")
                .containsPattern("(?m)^Subject: =\\?UTF-8\\?[QB]\\?")
                .contains("X-Unsent: 1")
                .contains("MIME-Version: 1.0");
        // a draft: the client dates it and gives it an id when it is sent
        assertThat(headers).doesNotContainPattern("(?m)^(Date|Message-ID):");
        // and every line ends with CRLF, as RFC 5322 requires
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void emlWithANonAsciiAddressIsReadBackToThatAddress() throws Exception {
        // RFC 6532: an address that is not ASCII goes in UTF-8 (no RFC 2047 word can carry it)
        Draft d = new Draft(DraftKind.THANKS, "Jürgen Weiß", "jürgen.weiss@müller-söhne.example",
                "Danke für das Gespräch", "Dear Jürgen,\n\nThank you.");
        byte[] eml = eml(d, ME);
        Properties utf8 = new Properties();
        utf8.setProperty("mail.mime.allowutf8", "true");
        MimeMessage m = new MimeMessage(Session.getInstance(utf8), new ByteArrayInputStream(eml));
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("jürgen.weiss@müller-söhne.example");
        assertThat(to.getPersonal()).isEqualTo("Jürgen Weiß");
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("zoe@example.org");
        assertThat(m.getSubject()).isEqualTo("Danke für das Gespräch");
        assertThat(((String) m.getContent()).replace("\r\n", "\n")).isEqualTo(d.body() + "\n");
        // the header holds the address itself in UTF-8, not a mangled or encoded word
        String headers = new String(eml, StandardCharsets.UTF_8);
        assertThat(headers).contains(" <jürgen.weiss@müller-söhne.example>").doesNotContain("=?UTF-8?Q?j");
        // an ASCII address keeps the 7-bit form every client reads
        assertThat(new String(eml(DRAFT, ME), StandardCharsets.UTF_8)).doesNotContain("Ångström");
    }

    @Test
    void emlLeavesOutAddressesItDoesNotHave() throws Exception {
        Draft noContact = new Draft(DraftKind.THANKS, "", "", "Thank you", "Dear Acme Corp team,");
        MimeMessage m = parse(eml(noContact, Config.Me.NOBODY));
        assertThat(m.getFrom()).isNull();
        assertThat(m.getRecipients(Message.RecipientType.TO)).isNull();
        assertThat(m.getSubject()).isEqualTo("Thank you");
        assertThat(m.getHeader("X-Unsent")).containsExactly("1");
    }

    @Test
    void emlQuotesANameWithAComma() throws Exception {
        Draft d = new Draft(DraftKind.THANKS, "Doe, Jane", "jane@acme.example", "Hi", "Body");
        InternetAddress to = (InternetAddress) parse(eml(d, null)).getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("Doe, Jane");
        assertThat(to.getAddress()).isEqualTo("jane@acme.example");
    }

    @Test
    void emlRefusesAnInvalidAddress() {
        Draft d = new Draft(DraftKind.THANKS, "Jane", "jane at acme", "Hi", "Body");
        assertThatThrownBy(() -> eml(d, null))
                .isInstanceOf(DraftException.class)
                .hasMessage("the email of Jane is not a valid email address");
    }

    @Test
    void emlOfARenderedDraftKeepsItsText() throws Exception {
        Draft d = new Drafter(TemplateSource.none(), new BuiltinTemplates()).render(DraftKind.THANKS, Fixtures.full(),
                null, Fixtures.CONFIG, Fixtures.due(DraftKind.THANKS), null);
        MimeMessage m = parse(eml(d, Fixtures.ME));
        assertThat(m.getSubject()).isEqualTo(d.subject());
        assertThat(((String) m.getContent()).replace("\r\n", "\n")).isEqualTo(d.body() + "\n");
    }

    @Test
    void mailtoDecodesBackToTheDraft() throws Exception {
        String uri = MailExport.mailto(DRAFT);
        assertThat(uri).startsWith("mailto:f.dupont@societe.example?subject=")
                .doesNotContain("+", " ", "\n")
                .contains("%20", "%0D%0A", "Soci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale");
        Map<String, String> fields = decode(uri);
        assertThat(fields).containsOnlyKeys("to", "subject", "body");
        assertThat(fields.get("to")).isEqualTo(DRAFT.toEmail());
        assertThat(fields.get("subject")).isEqualTo(DRAFT.subject());
        assertThat(fields.get("body")).isEqualTo(DRAFT.body().replace("\n", "\r\n"));
    }

    @Test
    void mailtoEncodesCharactersThatWouldBreakTheUri() throws Exception {
        Draft d = new Draft(DraftKind.FOLLOW_UP, "Jane", "jane+jobs@acme.example", "Q&A: 100% #1?",
                "a+b = c & d\nhttps://example.org/?x=1&y=2#top");
        Map<String, String> fields = decode(MailExport.mailto(d));
        assertThat(fields.get("to")).isEqualTo("jane+jobs@acme.example");
        assertThat(fields.get("subject")).isEqualTo("Q&A: 100% #1?");
        assertThat(fields.get("body")).isEqualTo("a+b = c & d\r\nhttps://example.org/?x=1&y=2#top");
    }

    @Test
    void mailtoWithoutAnAddressOrSubject() {
        assertThat(MailExport.mailto(new Draft(DraftKind.NOTE, "", "", "", "Hi there")))
                .isEqualTo("mailto:?body=Hi%20there");
        assertThat(MailExport.mailto(new Draft(DraftKind.THANKS, "", "", "Thanks", "")))
                .isEqualTo("mailto:?subject=Thanks");
    }

    /** Splits a mailto URI the way a mail client does, decoding each part on its own. */
    private static Map<String, String> decode(String uri) throws UnsupportedEncodingException {
        assertThat(uri).startsWith("mailto:");
        String rest = uri.substring("mailto:".length());
        int q = rest.indexOf('?');
        Map<String, String> fields = new LinkedHashMap<>();
        // '+' never appears in our URIs, so URLDecoder's form-style '+' rule cannot bite
        fields.put("to", URLDecoder.decode(q < 0 ? rest : rest.substring(0, q), "UTF-8"));
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
            }
        }
        return fields;
    }
}
