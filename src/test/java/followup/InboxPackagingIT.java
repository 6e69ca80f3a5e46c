package followup;

import static org.assertj.core.api.Assertions.assertThat;

import followup.inbox.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a process: {@code inbox} reads an Outlook invitation (a Windows time zone
 * name defined by its VTIMEZONE) with ical4j shaded in (its java.time zone provider left out), in
 * the zone the TZ variable names; and no other command loads the mail or calendar libraries.
 */
class InboxPackagingIT {

    @TempDir
    Path home;

    private record Ran(int code, String out, String err) {
    }

    private Ran java(String tz, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + home.resolve("classes.log"), "-cp", Path.of("target/followup.jar")
                        .toAbsolutePath().toString(), "followup.Main", "--home", home.toString(), "--as-of", "2026-11-30"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("TZ", tz);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out, err);
    }

    private List<String> loaded(String prefix) throws IOException {
        return Files.readAllLines(home.resolve("classes.log")).stream().filter(l -> l.contains("] " + prefix)).toList();
    }

    private void writeHome() throws IOException {
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("config.yaml"), "me:\n  email: alex.kim@example.org\n");
        Files.writeString(home.resolve("applications/hooli.yaml"), """
                company: Hooli
                contacts:
                  - name: Gavin Belson
                    email: gavin.belson@outlook.com
                interviews:
                  - date: 2026-11-19
                log: []
                """);
    }

    @Test
    void theTimeOfAnOutlookInvitationIsTheUsersLocalTime() throws Exception {
        writeHome();
        Path mail = Files.write(home.resolve("invite.eml"), Corpus.bytes("hooli-01-invite-outlook.eml"));
        Ran paris = java("Europe/Paris", "inbox", mail.toString(), "--dry-run");
        assertThat(paris.out()).as("13:00 in New York is 19:00 in Paris").contains("--on 2026-12-03 --at 19:00");
        Ran la = java("America/Los_Angeles", "inbox", mail.toString(), "--yes");
        assertThat(la.code()).as(la.err()).isZero();
        assertThat(la.err()).isEmpty();
        assertThat(la.out()).contains("followup log hooli interview --on 2026-12-03 --at 10:00 --with \"Gavin Belson\" "
                + "--with \"Peter Gregory\"", "    logged");
        assertThat(Files.readString(home.resolve("applications/hooli.yaml"))).contains("time: \"10:00\"");
    }

    /**
     * The README's crontab line for inbox, run as cron runs it: a bare environment, sh -c, the
     * installed launcher, a Maildir of received mail and one of sent mail under the user's home.
     */
    @Test
    void theReadmesCronLineWorksUnchanged() throws Exception {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^\\S+ \\S+ \\S+ \\S+ \\S+\\s+(\\S*followup inbox .*)$")
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(line.find()).as("a crontab line running inbox in README.md").isTrue();
        // the line runs on the real today (no --as-of): the corpus's November 2026 must be past
        org.junit.jupiter.api.Assumptions.assumeTrue(java.time.LocalDate.now().isAfter(java.time.LocalDate.of(2026, 11, 25)));
        Path user = home.resolve("user");
        Path bin = Files.createDirectories(user.resolve(".local/bin"));
        Files.copy(Path.of("target/followup"), bin.resolve("followup"));
        bin.resolve("followup").toFile().setExecutable(true);
        Path data = Files.createDirectories(user.resolve(".local/share/followup/applications"));
        for (String id : List.of("acme", "vandelay", "massive-dynamic")) {
            try (var in = InboxPackagingIT.class.getResourceAsStream("/followup/inbox/home/applications/" + id + ".yaml")) {
                Files.copy(in, data.resolve(id + ".yaml"));
            }
        }
        Path config = Files.createDirectories(user.resolve(".config/followup"));
        Files.writeString(config.resolve("config.yaml"), "me: {name: Alex Kim, email: alex.kim@example.org}\n");
        Path inbox = Files.createDirectories(user.resolve("Mail/INBOX/new"));
        Files.createDirectories(user.resolve("Mail/INBOX/cur"));
        Path sent = Files.createDirectories(user.resolve("Mail/Sent/cur"));
        Files.createDirectories(user.resolve("Mail/Sent/new"));
        Files.write(inbox.resolve("1.host"), Corpus.bytes("vandelay-02-delay.eml"));
        Files.write(inbox.resolve("2.host"), Corpus.bytes("massive-dynamic-offer.eml"));
        Files.write(sent.resolve("3.host:2,S"), Corpus.bytes("acme-01-thanks-sent.eml"));
        Files.write(sent.resolve("4.host:2,S"), Corpus.bytes("vandelay-01-check-in-sent.eml"));

        List<String> command = List.of("env", "-i", "HOME=" + user, "LOGNAME=user", "SHELL=/bin/sh",
                "PATH=" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin", "TZ=America/Los_Angeles",
                "/bin/sh", "-c", line.group(1));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(out).contains("4 messages: 3 logged, 1 outcome(s) for you to log.",
                "followup log massive-dynamic offer --on 2026-11-25 --note \"Staff Engineer\"");
        assertThat(Files.readString(data.resolve("vandelay.yaml"))).contains("event: check-in", "event: delayed");
        assertThat(Files.readString(data.resolve("acme.yaml"))).contains("event: thanks");
    }

    @Test
    void otherCommandsNeverLoadTheMailOrCalendarLibraries() throws Exception {
        writeHome();
        for (String command : List.of("today", "list", "show")) {
            Ran r = java("UTC", command.equals("show") ? new String[] {"show", "hooli"} : new String[] {command});
            assertThat(r.code()).as(command + ": " + r.err()).isZero();
            assertThat(loaded("jakarta.mail")).as(command).isEmpty();
            assertThat(loaded("org.eclipse.angus")).as(command).isEmpty();
            assertThat(loaded("net.fortuna")).as(command).isEmpty();
            assertThat(loaded("followup.inbox")).as(command).isEmpty();
        }
    }
}
