package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar: import and export work with Jackson's CSV module shaded in, and the commands
 * run over and over (today, list) never load it.
 */
class TransferPackagingIT {

    @TempDir
    Path tmp;

    private record Ran(int code, String out, String err) {
    }

    private Ran java(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + tmp.resolve("classes.log"), "-cp",
                Path.of("target/followup.jar").toAbsolutePath().toString(), "followup.Main", "--home", home.toString(),
                "--as-of", "2026-11-23"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out, err);
    }

    private List<String> loaded(String prefix) throws IOException {
        return Files.readAllLines(tmp.resolve("classes.log")).stream().filter(l -> l.contains("] " + prefix)).toList();
    }

    @Test
    void importAndExportWorkPackagedAndTodayNeverLoadsTheCsvLibrary() throws Exception {
        Path linkedIn = tmp.resolve("Job Applications.csv");
        try (InputStream in = getClass().getResourceAsStream("/followup/transfer/Job Applications.csv")) {
            Files.copy(in, linkedIn);
        }
        Path home = tmp.resolve("home");
        Ran imported = java(home, "import", linkedIn.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("created 3\nalready there 1\nrefused 0\n");
        assertThat(loaded("com.fasterxml.jackson.dataformat.csv")).isNotEmpty();

        Ran csv = java(home, "export");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("id,company,role,status").contains("Société Générale").contains("\r\n");

        for (String command : List.of("today", "list")) {
            Ran r = java(home, command);
            assertThat(r.code()).as(command + ": " + r.err()).isZero();
            assertThat(loaded("com.fasterxml.jackson.dataformat.csv")).as(command).isEmpty();
            assertThat(loaded("followup.transfer")).as(command).isEmpty();
        }
    }
}
