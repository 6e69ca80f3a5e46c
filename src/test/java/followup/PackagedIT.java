package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/followup} as a user would: a separate process, under cron's
 * bare environment, two at once on one file.
 */
class PackagedIT {

    private static final Path FOLLOWUP = Path.of("target/followup").toAbsolutePath();

    @TempDir
    Path home;

    record Result(int code, String out, String err) {
    }

    /** Runs followup under {@code env -i HOME=... PATH=/usr/bin:/bin}: no LANG, no JAVA_HOME, no terminal. */
    private Result bare(String... args) throws IOException, InterruptedException {
        // XDG_CACHE_HOME: one class-data archive for the whole build, trained in the background
        // outside the temp folder JUnit deletes (LauncherCacheIT tests the caches themselves)
        List<String> command = new ArrayList<>(List.of("env", "-i", "HOME=" + home, "PATH=/usr/bin:/bin",
                "XDG_CACHE_HOME=" + Path.of("target/it-cache").toAbsolutePath(),
                FOLLOWUP.toString(), "--home", home.resolve("data").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void worksUnderCronsBareEnvironmentWithUtf8() throws Exception {
        Result add = bare("add", "Société Générale", "--role", "Ingénieure données", "--interview", "2026-11-20",
                "--contact", "Zoë Ångström <zoe@sg.example>");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("societe-generale\n");
        assertThat(Files.readString(home.resolve("data/applications/societe-generale.yaml")))
                .contains("company: Société Générale", "Zoë Ångström");
        Result today = bare("--as-of", "2026-11-20", "today");
        assertThat(today.code()).isZero();
        assertThat(today.out()).contains("Société Générale — Ingénieure données").doesNotContain("\u001b[");
        assertThat(today.err()).isEmpty();
        Result quiet = bare("--as-of", "2026-11-19", "today", "--quiet");
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.code()).isZero();
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        assertThat(bare("frobnicate").code()).isEqualTo(2);
        assertThat(bare("show", "nope").code()).isEqualTo(1);
        Result version = bare("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("followup ");
    }

    @Test
    void twoProcessesLoggingToOneFileLoseNothing() throws Exception {
        assertThat(bare("add", "Acme", "--no-input").code()).isZero();
        int perProcess = 15;
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            StringBuilder script = new StringBuilder();
            for (int i = 0; i < perProcess; i++) {
                script.append(FOLLOWUP).append(" --home ").append(home.resolve("data"))
                        .append(" log acme note --note p").append(p).append('-').append(i).append(" || exit 1\n");
            }
            ProcessBuilder sh = new ProcessBuilder("sh", "-c", script.toString()).redirectErrorStream(true);
            sh.environment().put("XDG_CACHE_HOME", Path.of("target/it-cache").toAbsolutePath().toString());
            running.add(sh.start());
        }
        for (Process p : running) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
        }
        String text = Files.readString(home.resolve("data/applications/acme.yaml"));
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < perProcess; i++) {
                assertThat(text).contains("note: p" + p + "-" + i + "\n");
            }
        }
        assertThat(text.split("event: note", -1)).hasSize(2 * perProcess + 1);
        assertThat(bare("check").code()).isZero();
    }
}
