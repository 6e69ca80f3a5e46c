package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar: {@code calendar} works with ical4j shaded in, and no other command loads
 * ical4j (or SLF4J): loading it costs every command start-up time, and ical4j's java.time zone
 * provider would be picked up by any command that asks for today's date.
 */
class CalendarPackagingIT {

    @TempDir
    Path home;

    private record Ran(int code, String out, String err) {
    }

    private Ran java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + home.resolve("classes.log"), "-cp", Path.of("target/followup.jar")
                        .toAbsolutePath().toString(), "followup.Main", "--home", home.toString(), "--as-of", "2026-11-23"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out, err);
    }

    private List<String> loaded(String prefix) throws IOException {
        return Files.readAllLines(home.resolve("classes.log")).stream().filter(l -> l.contains("] " + prefix)).toList();
    }

    private void writeHome() throws IOException {
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/acme.yaml"), """
                company: Acme Corp
                interviews:
                  - date: 2026-11-24
                    time: "09:30"
                """);
    }

    @Test
    void otherCommandsNeverLoadTheCalendarLibrary() throws Exception {
        writeHome();
        for (String command : List.of("today", "stats", "list")) {
            Ran r = java(command);
            assertThat(r.code()).as(command + ": " + r.err()).isZero();
            assertThat(loaded("net.fortuna")).as(command).isEmpty();
            assertThat(loaded("org.slf4j")).as(command).isEmpty();
        }
    }

    @Test
    void thePackagedCalendarWorksAndSaysNothingOnStderr() throws Exception {
        writeHome();
        Ran r = java("calendar");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty(); // no SLF4J "no providers" warning
        assertThat(r.out()).contains("BEGIN:VEVENT\r\n", "UID:interview-2026-11-24.acme@followup\r\n",
                "DTSTART:20261124T093000\r\n", "SUMMARY:Interview: Acme Corp\r\n");
        assertThat(loaded("net.fortuna")).isNotEmpty();
    }
}
