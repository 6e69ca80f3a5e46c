package followup.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The test corpus under {@code src/test/resources/followup/inbox/corpus/}: messages written for
 * the tests (no real mail), and the same messages as an mbox file and as a Maildir.
 */
public final class Corpus {

    /** The corpus in file-name order. */
    public static final List<String> FILES = List.of("acme-01-thanks-sent.eml", "acme-02-invite-google.eml",
            "acme-03-quotes-rejection.eml", "acme-04-forward.eml", "acme-05-autoreply.eml",
            "acme-06-sent-nothing-due.eml", "broken-bad-base64.eml", "broken-not-mail.eml", "cyberdyne-december-4th.eml",
            "friend-forwards.eml", "globex-greenhouse-rejection.eml", "hooli-01-invite-outlook.eml",
            "hooli-02-cancel-outlook.eml", "initech-lever-rejection.eml", "massive-dynamic-offer.eml",
            "societe-generale-two-weeks.eml", "stark-two-applications.eml", "stranger-public-domain.eml",
            "tyrell-position-on-hold.eml", "umbrella-workday-rejection.eml", "vandelay-01-check-in-sent.eml",
            "vandelay-02-delay.eml", "wayne-01-early-next-week.eml", "wayne-02-signature.eml");

    private static final Pattern FROM = Pattern.compile("(?m)^(>*From )");

    private Corpus() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/followup/inbox/corpus/" + name)) {
            if (in == null) {
                throw new IOException("no test message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus as a folder of .eml files. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            Files.write(dir.resolve(f), bytes(f));
        }
        return dir;
    }

    /**
     * The corpus as one mbox file (mboxrd: a body line starting "From " or ">From " gets one more
     * '>'), each message after a From_ line, separated by an empty line.
     */
    public static Path mbox(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String f : FILES) {
            String text = new String(bytes(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            sb.append("From MAILER-DAEMON Tue Nov 24 09:00:00 2026\n");
            sb.append(FROM.matcher(text).replaceAll(">$1"));
            if (!text.endsWith("\n")) {
                sb.append('\n');
            }
            sb.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.write(file, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    /** The corpus as a Maildir: half in cur/ (read, with flags), half in new/; tmp/ empty. */
    public static Path maildir(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("cur"));
        Files.createDirectories(dir.resolve("new"));
        Files.createDirectories(dir.resolve("tmp"));
        List<String> names = new ArrayList<>(FILES);
        for (int i = 0; i < names.size(); i++) {
            String unique = "1764000000." + i + "_" + i + ".host";
            Path target = i % 2 == 0 ? dir.resolve("cur").resolve(unique + ":2,S") : dir.resolve("new").resolve(unique);
            Files.write(target, bytes(names.get(i)));
        }
        Files.writeString(dir.resolve("cur").resolve(".hidden"), "not a message");
        return dir;
    }
}
