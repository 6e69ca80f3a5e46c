package followup.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged followup as cron runs it: no terminal, no LANG, a bare PATH; and the README's
 * crontab recipe (README.md) run exactly as written, as cron would run it.
 */
class CronIT {

    private static final Path FOLLOWUP = Path.of("target/followup").toAbsolutePath();

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    @Test
    void todayQuietUnderABareEnvironmentPrintsWhatIsDueInUtf8() throws Exception {
        Path home = examples(tmp.resolve("due"), true);
        Result r = run(List.of("env", "-i", "HOME=" + tmp, "PATH=/usr/bin:/bin",
                FOLLOWUP.toString(), "--home", home.toString(), "today", "--quiet"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Société Générale — Analyste", "thanks").doesNotContain("\u001b[", "\uFFFD");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void todayQuietPrintsNothingWhenNothingIsDue() throws Exception {
        Path home = examples(tmp.resolve("calm"), false);
        Result r = run(List.of("env", "-i", "HOME=" + tmp, "PATH=/usr/bin:/bin",
                FOLLOWUP.toString(), "--home", home.toString(), "today", "--quiet"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    /** The crontab block of the notes, installed as the README says and run as cron runs a job. */
    @Test
    void theReadmesCrontabLineWorksUnchanged() throws Exception {
        Crontab crontab = Crontab.in(Path.of("README.md"));
        Path user = tmp.resolve("user");
        Path bin = Files.createDirectories(user.resolve(".local/bin"));
        Files.copy(FOLLOWUP, bin.resolve("followup"));
        bin.resolve("followup").toFile().setExecutable(true);
        Path data = user.resolve(".local/share/followup");

        examples(data, true);
        Result due = cron(crontab, user);
        assertThat(due.code()).as(due.err()).isZero();
        assertThat(due.out()).contains("Société Générale — Analyste");
        assertThat(due.err()).isEmpty();

        deleteTree(data);
        examples(data, false);
        Result calm = cron(crontab, user);
        assertThat(calm.code()).as(calm.err()).isZero();
        assertThat(calm.out() + calm.err()).as("what cron would mail").isEmpty();
    }

    /** The environment cron gives a job (HOME, LOGNAME, SHELL, then the crontab's NAME=value lines) and sh -c. */
    private static Result cron(Crontab crontab, Path user) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("env", "-i", "HOME=" + user, "LOGNAME=" + user.getFileName(),
                "SHELL=/bin/sh"));
        crontab.env().forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of("/bin/sh", "-c", crontab.command()));
        return run(command);
    }

    record Crontab(Map<String, String> env, String command) {
        private static final Pattern BLOCK = Pattern.compile("```crontab\\n(.*?)```", Pattern.DOTALL);
        private static final Pattern ENTRY = Pattern.compile("(?:\\S+\\s+){5}(.+)");

        static Crontab in(Path notes) throws IOException {
            Matcher block = BLOCK.matcher(Files.readString(notes));
            assertThat(block.find()).as("a ```crontab block in %s", notes).isTrue();
            Map<String, String> env = new LinkedHashMap<>();
            String command = null;
            for (String line : block.group(1).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher assignment = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)").matcher(line);
                Matcher entry = ENTRY.matcher(line);
                if (assignment.matches()) {
                    env.put(assignment.group(1), assignment.group(2));
                } else if (entry.matches()) {
                    assertThat(command).as("one job in the crontab block").isNull();
                    command = entry.group(1);
                }
            }
            assertThat(command).as("the job line of the crontab block").isNotNull();
            return new Crontab(env, command);
        }
    }

    /**
     * A small data home like examples/: with {@code due}, an interview two days ago whose
     * thank-you is owed; without, applications that owe nothing today.
     */
    private static Path examples(Path home, boolean due) throws IOException {
        Path apps = Files.createDirectories(home.resolve("applications"));
        LocalDate today = LocalDate.now();
        Files.writeString(apps.resolve("globex.yaml"), """
                company: Globex
                role: Platform Engineer
                status: applied
                applied: %s
                """.formatted(today.minusDays(1)));
        Files.writeString(apps.resolve("initech.yaml"), """
                company: Initech
                status: closed
                """);
        if (due) {
            Files.writeString(apps.resolve("societe-generale.yaml"), """
                    company: Société Générale
                    role: Analyste
                    status: interviewing
                    contacts:
                      - name: Zoë Ångström
                        email: zoe@sg.example
                    interviews:
                      - date: %s
                    """.formatted(today.minusDays(2)));
        }
        return home;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // no terminal anywhere: stdin is /dev/null, stdout and stderr are pipes
        byte[] err;
        byte[] out;
        try (var errStream = p.getErrorStream(); var outStream = p.getInputStream()) {
            out = outStream.readAllBytes();
            err = errStream.readAllBytes();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
