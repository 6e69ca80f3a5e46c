package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/followup} on two machines syncing through a bare repository: the
 * merge driver that {@code followup git init} installs must find the launcher by itself.
 */
class GitSyncIT {

    private static final Path LAUNCHER = Path.of("target", "followup").toAbsolutePath();

    @TempDir
    Path tmp;

    private final Map<String, String> env = new LinkedHashMap<>();

    /** What a process printed and returned. */
    private record Ran(int code, String out) {
    }

    @BeforeEach
    void privateGit() throws IOException {
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve(".gitconfig"),
                "[user]\n\tname = Job Seeker\n\temail = seeker@example.com\n[init]\n\tdefaultBranch = main\n");
        env.put("HOME", user.toString());
        env.put("PATH", System.getenv("PATH"));
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        // one class-data archive for the whole build, trained outside the temp folder JUnit deletes
        env.put("XDG_CACHE_HOME", Path.of("target/it-cache").toAbsolutePath().toString());
        if (System.getenv("JAVA_HOME") != null) {
            env.put("JAVA_HOME", System.getenv("JAVA_HOME"));
        }
    }

    private Ran run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out);
    }

    /** {@code followup --home tmp/MACHINE --as-of 2026-11-23 ARGS...}, which must succeed. */
    private String on(String machine, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--home", tmp.resolve(machine).toString(),
                "--as-of", "2026-11-23"));
        command.addAll(List.of(args));
        Ran ran = run(command);
        assertThat(ran.code()).as("followup %s: %s", String.join(" ", args), ran.out()).isZero();
        return ran.out();
    }

    @Test
    void twoMachinesLogPullAndAgree() throws Exception {
        assertThat(LAUNCHER).as("run 'mvn package' first").exists();
        on("laptop", "add", "Acme Corp", "--id", "acme", "--interview", "2026-11-20", "--decision-by", "2026-11-27",
                "--no-input");
        on("laptop", "add", "Globex", "--interview", "2026-11-16", "--no-input");
        on("laptop", "git", "init", "-q");
        assertThat(on("laptop", "git", "config", "merge.followup.driver"))
                .contains(LAUNCHER.toString(), "merge-file %O %A %B %P").doesNotContain("java");
        assertThat(run(List.of("git", "init", "-q", "--bare", tmp.resolve("shared.git").toString())).code()).isZero();
        on("laptop", "git", "remote", "add", "origin", tmp.resolve("shared.git").toString());
        on("laptop", "git", "push", "-q", "-u", "origin", "HEAD");
        on("desktop", "git", "clone", "-q", tmp.resolve("shared.git").toString());

        on("laptop", "log", "acme", "thanks", "--on", "2026-11-20");
        on("laptop", "log", "globex", "reply");
        on("desktop", "log", "acme", "note", "--on", "2026-11-21");

        on("laptop", "git", "push", "-q");
        on("desktop", "git", "pull", "-q");
        on("desktop", "git", "push", "-q");
        on("laptop", "git", "pull", "-q");

        String acme = Files.readString(tmp.resolve("laptop/applications/acme.yaml"));
        assertThat(Files.readString(tmp.resolve("desktop/applications/acme.yaml"))).isEqualTo(acme);
        assertThat(acme).containsSubsequence("event: thanks", "event: note");
        assertThat(on("desktop", "today", "--days", "14", "--json"))
                .isEqualTo(on("laptop", "today", "--days", "14", "--json"));
    }
}
