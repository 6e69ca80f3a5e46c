package followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import followup.cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §2 and §8 on privacy: folders 0700 and files 0600 after every command that writes; a
 * symbolic link to the data folder or to a file is followed and stays a link; personal data never
 * lands outside the data folder. (Templates cannot call methods: {@code UserTemplateTest
 * #noTemplateCanReachAMethodOrField} in the draft package.)
 */
class SecurityTest {

    @TempDir
    Path root;

    /** Every folder under {@code dir} is 0700 and every file 0600. */
    private void assertPrivate(Path dir, String after) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).as("%s after %s", root.relativize(p), after)
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void everyCommandLeavesFoldersPrivateAndFilesPrivate() throws Exception {
        Path home = root.resolve("home");
        Run run = Run.in(home).editor((command, file) -> {
            Files.writeString(file, Files.readString(file) + "# edited\n");
            return 0;
        });
        List<String[]> commands = List.of(
                new String[] {"add", "Acme Corp", "--contact", "Jane Doe <jane@acme.example>", "--interview", "2026-11-20"},
                new String[] {"log", "acme-corp", "thanks"},
                new String[] {"log", "acme-corp", "interview", "--on", "2026-11-30", "--at", "10:00"},
                new String[] {"edit", "acme-corp"},
                new String[] {"draft", "--export", home.resolve("templates").toString()},
                new String[] {"draft", "check-in", "acme-corp", "--eml", home.resolve("check-in.eml").toString()},
                new String[] {"today"}, new String[] {"list", "--all"}, new String[] {"check"});
        for (String[] command : commands) {
            Run.assertThat(run.run(command)).succeeded();
            assertPrivate(home, String.join(" ", command));
        }
        assertThat(home.resolve("templates/thanks.mustache")).exists();
    }

    @Test
    void aSymlinkedDataFolderIsFollowedAndStaysALink() throws Exception {
        Path real = Files.createDirectories(root.resolve("synced/followup-data"));
        Path home = Files.createSymbolicLink(root.resolve("home"), real);
        Run run = Run.in(home);
        Run.assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        Run.assertThat(run.run("log", "acme", "thanks")).succeeded();
        Run.assertThat(run.run("list")).succeeded().outContains("acme");
        Run.assertThat(run.run("check")).succeeded();
        assertThat(Files.isSymbolicLink(home)).isTrue();
        assertThat(Files.readString(real.resolve("applications/acme.yaml"))).contains("event: thanks");

        // the applications folder itself a link, as when only it is kept in a synced folder
        Path apps = Files.createDirectories(root.resolve("synced/apps"));
        Path other = Files.createDirectories(root.resolve("other"));
        Files.createSymbolicLink(other.resolve("applications"), apps);
        Run second = Run.in(other);
        Run.assertThat(second.run("add", "Globex", "--no-input")).succeeded();
        Run.assertThat(second.run("log", "globex", "reply")).succeeded();
        assertThat(Files.isSymbolicLink(other.resolve("applications"))).isTrue();
        assertThat(Files.readString(apps.resolve("globex.yaml"))).contains("event: reply");
    }

    @Test
    void aSymlinkedFileIsWrittenThroughNeverReplacedByACopy() throws Exception {
        Path home = root.resolve("home");
        Path apps = Files.createDirectories(home.resolve("applications"));
        Path real = Files.createDirectories(root.resolve("notes")).resolve("acme.yaml");
        Files.writeString(real, "company: Acme\n");
        // a chain of two relative links, as dotfile managers make them
        Path middle = Files.createSymbolicLink(root.resolve("notes/current.yaml"), Path.of("acme.yaml"));
        Path link = Files.createSymbolicLink(apps.resolve("acme.yaml"), Path.of("../../notes/current.yaml"));
        Run run = Run.in(home).editor((command, file) -> {
            Files.writeString(file, Files.readString(file) + "role: Engineer\n");
            return 0;
        });
        Run.assertThat(run.run("log", "acme", "thanks")).succeeded();
        Run.assertThat(run.run("edit", "acme")).succeeded();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(middle)).isTrue();
        assertThat(Files.readString(real)).contains("event: thanks", "role: Engineer");

        // a dangling link where a new file would go is never written through: add picks another id
        Files.createSymbolicLink(apps.resolve("globex.yaml"), root.resolve("nowhere/globex.yaml"));
        Run.assertThat(run.run("add", "Globex", "--no-input")).succeeded().outIs("globex-2\n");
        assertThat(root.resolve("nowhere")).doesNotExist();
    }

    /**
     * Runs the real main in child processes whose HOME, XDG folders and temp folder are all under
     * one root, with a company, contact and note that appear nowhere else, and then looks for
     * them in every file outside the data folder, and in the system temp folder.
     */
    @Test
    void personalDataStaysInTheDataFolder() throws Exception {
        String canary = "Canary" + UUID.randomUUID().toString().replace("-", "");
        Path data = root.resolve("data");
        Instant start = Instant.now().minusSeconds(1);
        Path editor = root.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\necho \"# edited\" >> \"$1\"\n");
        editor.toFile().setExecutable(true);
        List<String[]> commands = List.of(
                new String[] {"add", canary + " Corp", "--contact", canary + " Person <" + canary + "@example.org>",
                        "--interview", "2026-11-20", "--anchor", canary},
                new String[] {"log", "--as-of", Worker.TODAY, canary.toLowerCase() + "-corp", "feedback", "--note", canary},
                new String[] {"--as-of", Worker.TODAY, "today"}, new String[] {"list", "--json"},
                new String[] {"show", canary.toLowerCase() + "-corp"},
                new String[] {"--as-of", Worker.TODAY, "draft", "thanks", canary.toLowerCase() + "-corp"},
                new String[] {"edit", canary.toLowerCase() + "-corp"}, new String[] {"check"});
        for (String[] args : commands) {
            List<String> command = new ArrayList<>(Children.java(null, "followup.Main", "--home", data.toString()));
            command.add(1, "-Djava.io.tmpdir=" + root.resolve("tmp"));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().clear();
            pb.environment().put("HOME", root.resolve("user").toString());
            pb.environment().put("XDG_CACHE_HOME", root.resolve("cache").toString());
            pb.environment().put("XDG_CONFIG_HOME", root.resolve("config").toString());
            pb.environment().put("XDG_DATA_HOME", root.resolve("xdg-data").toString());
            pb.environment().put("TMPDIR", root.resolve("tmp").toString());
            pb.environment().put("EDITOR", editor.toString());
            pb.environment().put("PATH", "/usr/bin:/bin");
            Files.createDirectories(root.resolve("tmp"));
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        }
        assertThat(Files.readString(data.resolve("applications/" + canary.toLowerCase() + "-corp.yaml")))
                .contains(canary + " Corp", "# edited");
        List<Path> leaks = new ArrayList<>();
        scan(root, canary, start, data, leaks);
        scan(Path.of(System.getProperty("java.io.tmpdir")), canary, start, root, leaks);
        // SPEC §2 puts the index of parsed files in ${XDG_CACHE_HOME}/followup: it is the user's
        // data too, so it may hold it, but only privately (0700 folder, 0600 files)
        Path cache = root.resolve("cache/followup");
        leaks.removeIf(f -> f.startsWith(cache));
        if (Files.isDirectory(cache)) {
            assertThat(Files.getPosixFilePermissions(cache)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(cache)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.getPosixFilePermissions(f)).as(f.toString())
                            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
        assertThat(leaks).as("files outside the data folder (and its private cache) holding personal data").isEmpty();
    }

    /** Files under {@code dir} (but not under {@code skip}) changed since {@code since} that contain {@code canary}. */
    private static void scan(Path dir, String canary, Instant since, Path skip, List<Path> leaks) throws IOException {
        byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> all = Files.find(dir, 6, (p, a) -> a.isRegularFile() && !p.startsWith(skip)
                && a.lastModifiedTime().compareTo(FileTime.from(since)) >= 0 && a.size() < 16 << 20)) {
            files = all.toList();
        } catch (java.io.UncheckedIOException e) {
            files = List.of(); // another process's temp files came and went while we looked
        }
        for (Path f : files) {
            try {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    leaks.add(f);
                }
            } catch (IOException e) {
                // gone or not ours to read: not a file followup left
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
