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
