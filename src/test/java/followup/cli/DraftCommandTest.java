package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft} through the command line: which application, which template, which output. */
class DraftCommandTest {

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void twoInterviews() throws Exception {
        run = Run.in(home);
        Files.createDirectories(home);
        Files.writeString(home.resolve("config.yaml"), "me: {name: Alex Morgan, email: alex@example.org}\n");
        run.run("add", "Société Générale", "--role", "Data Engineer", "--contact", "Zoë Ångström <zoe@sg.example>",
                "--interview", "2026-11-23", "--no-input");
        run.run("add", "Globex", "--contact", "Hank Scorpio <hank@globex.example>", "--interview", "2026-11-16",
                "--decision-by", "2026-11-18", "--no-input");
        run.run("log", "globex", "thanks", "--on", "2026-11-16");
    }

    @Test
    void theIdMayBeLeftOutWhenExactlyOneApplicationHasThatDraftDue() {
        assertThat(run.run("draft", "check-in")).succeeded().outContains("To: Hank Scorpio <hank@globex.example>");
        assertThat(run.run("draft", "thanks")).succeeded().outContains("Dear Zoë,", "Data Engineer");
        run.run("add", "Initech", "--interview", "2026-11-23", "--no-input");
        assertThat(run.run("draft", "thanks")).exitsWith(2)
                .errContains("several applications have a 'thanks' draft due: initech, societe-generale");
        run.run("log", "societe-generale", "thanks");
        run.run("log", "initech", "thanks");
        assertThat(run.run("draft", "thanks")).exitsWith(2).errContains("no application has a 'thanks' draft due today");
    }

    @Test
    void emlIsAMessageAMailClientOpensWithEncodedNames() throws Exception {
        Path eml = home.resolve("thanks.eml");
        assertThat(run.run("draft", "thanks", "societe-generale", "--eml", eml.toString())).succeeded().outContains("wrote");
        assertThat(Files.getPosixFilePermissions(eml)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(((InternetAddress) m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getPersonal())
                    .isEqualTo("Zoë Ångström");
            assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("alex@example.org");
            assertThat(m.getHeader("X-Unsent", null)).isEqualTo("1");
            assertThat((String) m.getContent()).contains("Société Générale");
        }
        assertThat(new String(Files.readAllBytes(eml), StandardCharsets.US_ASCII)).doesNotContain("Zoë");
        assertThat(run.run("draft", "thanks", "societe-generale", "--eml", "/no/such/dir/x.eml")).exitsWith(2);
        assertThat(run.run("draft", "thanks", "societe-generale", "--eml", eml.toString(), "--mailto")).exitsWith(2);
    }

    @Test
    void mailtoDecodesBackToTheDraft() {
        String text = run.run("draft", "check-in", "globex").out();
        String uri = run.run("draft", "check-in", "globex", "--mailto").out().strip();
        assertThat(uri).startsWith("mailto:hank@globex.example?subject=").doesNotContain("+", " ");
        String body = URLDecoder.decode(uri.substring(uri.indexOf("&body=") + 6).replace("+", "%2B"), StandardCharsets.UTF_8);
        assertThat(text).endsWith(body.replace("\r\n", "\n") + "\n");
    }

    @Test
    void aUserTemplateOverridesTheBuiltInAndIsChecked() throws Exception {
        Path templates = home.resolve("templates");
        assertThat(run.run("draft", "--export", templates.toString())).succeeded().outContains("thanks.mustache");
        assertThat(Files.readString(templates.resolve("thanks.mustache"))).contains("{{company}}");
        Files.writeString(templates.resolve("thanks.mustache"), "Subject: Merci\n\nBonjour {{contact.first-name}} !\n");
        assertThat(run.run("draft", "--list")).succeeded().outContains("thanks", templates.resolve("thanks.mustache").toString());
        assertThat(run.run("draft", "thanks", "societe-generale")).succeeded().outContains("Subject: Merci", "Bonjour Zoë !");
        Files.writeString(templates.resolve("thanks.mustache"), "Subject: x\n\n{{anchr}}\n");
        assertThat(run.run("draft", "thanks", "societe-generale")).exitsWith(1).errContains("thanks.mustache:3", "anchr")
                .noStackTrace();
        assertThat(run.run("check")).exitsWith(1).outContains("thanks.mustache:3");
    }

    @Test
    void aDeeplyNestedUserTemplateIsOneLineOfErrorNotAStackTrace() throws Exception {
        Path template = Files.createDirectories(home.resolve("templates")).resolve("thanks.mustache");
        // 56 KiB: under the size limit, and a StackOverflowError in JMustache without the depth limit
        Files.writeString(template, "Subject: Thanks\n\n" + "{{#id}}".repeat(4_000) + "x" + "{{/id}}".repeat(4_000) + "\n");
        Run.Result draft = run.run("draft", "thanks", "societe-generale");
        assertThat(draft).exitsWith(1).noStackTrace();
        assertThat(draft.err()).isEqualTo("followup: " + template + ":3: sections are nested more than 20 deep;"
                + " a template needs a few levels at most\n");
        assertThat(run.run("check")).exitsWith(1).outContains("templates/thanks.mustache:3: sections are nested")
                .noStackTrace();
    }
}
