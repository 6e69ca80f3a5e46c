package followup.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Running real shells from tests: finding them, and running one with a clean environment. */
final class Shells {

    private Shells() {
    }

    /**
     * Skips the calling test, with a notice on stderr, when {@code shell} is not installed; in CI
     * (CI set, where .ci/run installs the shells) a missing shell fails instead of skipping.
     */
    static Path require(String shell) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, shell);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String notice = shell + " is not installed, so its completion is NOT tested here "
                + "(apt-get install " + shell + "; .ci/run installs it)";
        if (System.getenv("CI") != null) {
            fail(notice);
        }
        System.err.println("NOTICE: " + notice);
        Assumptions.assumeTrue(false, notice);
        return null;
    }

    /** Runs {@code command} with only {@code env} (plus a plain PATH) and returns its stdout; exit 0 expected. */
    static String run(List<String> command, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
        pb.environment().put("TERM", "xterm");
        pb.environment().putAll(env);
        Path err = Files.createTempFile("shell", ".err");
        pb.redirectError(err.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        byte[] out;
        try (var in = p.getInputStream()) {
            // a hung shell is killed after the timeout, which ends the stream
            Thread killer = new Thread(() -> {
                try {
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            });
            killer.setDaemon(true);
            killer.start();
            out = in.readAllBytes();
        }
        int code = p.waitFor();
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        assertThat(code).as("exit code of %s%nstderr:%n%s", command, stderr).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A data home with an empty application file per id (plus files that are not applications). */
    static Path home(Path dir, String... ids) throws IOException {
        Path apps = Files.createDirectories(dir.resolve("applications"));
        for (String id : ids) {
            Files.writeString(apps.resolve(id + ".yaml"), "company: " + id + "\n");
        }
        // a lock file, an edit in progress and a stray file: none is an application
        Files.writeString(apps.resolve(".lock"), "");
        Files.writeString(apps.resolve(".acme-corp.edit-123.yaml"), "");
        Files.writeString(apps.resolve("Not An Id.yaml"), "");
        return dir;
    }

    /** Each section of {@code out} up to a line holding only the record separator. */
    static List<List<String>> records(String out) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (line.equals("\u001e")) {
                records.add(current);
                current = new ArrayList<>();
            } else if (!line.isEmpty()) {
                current.add(line);
            }
        }
        return records;
    }
}
