package followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher's caches (class-data archive, index of parsed files): made on their own,
 * private to the user, and invisible: what followup prints is byte for byte the same with a
 * cache, without one, and with a stale, truncated or garbage one. Every run is under cron's bare
 * environment ({@code env -i HOME=... PATH=/usr/bin:/bin}), on a copy of the launcher (so that
 * replacing it touches no other test). No timing is asserted: the benchmark measures speed.
 */
class LauncherCacheIT {

    private static final Path PACKAGED = Path.of("target/followup").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @TempDir
    Path temp;

    private Path launcher;
    private Path cache;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        launcher = temp.resolve("bin/followup");
        Files.createDirectories(launcher.getParent());
        Files.copy(PACKAGED, launcher, StandardCopyOption.COPY_ATTRIBUTES);
        cache = temp.resolve("home/.cache/followup");
    }

    private record Result(int code, String out, String err) {
    }

    /** followup on the examples under {@code env -i HOME=... PATH=/usr/bin:/bin [more...]}. */
    private Result run(List<String> more, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("env", "-i", "HOME=" + temp.resolve("home"),
                "PATH=/usr/bin:/bin"));
        command.addAll(more);
        command.addAll(List.of(launcher.toString(), "--home", EXAMPLES.toString(), "--as-of", "2026-11-23"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    private List<Path> cacheFiles(String glob) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (var files = Files.newDirectoryStream(cache, glob)) {
            List<Path> all = new ArrayList<>();
            files.forEach(all::add);
            return all;
        }
    }

    /** Waits until the background training is over (its lock folder is gone); returns the archive. */
    private Path trained(String glob) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (cacheFiles(".train-*").isEmpty() && cacheFiles(glob).size() == 1) {
                return cacheFiles(glob).get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no archive " + glob + " after 5 minutes; cache holds " + cacheFiles("*"));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theFirstRunTrainsAnArchiveAndNothingPrintedEverChanges() throws Exception {
        Result first = run("today", "--days", "7");
        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("Acme Corp");
        Path archive = trained("cds-*.jsa");
        // named by the build and the exact version of the JDK that cron's PATH finds
        assertThat(archive.getFileName().toString()).endsWith("-" + javaRuntimeVersion(Path.of("/usr/bin/java")) + ".jsa");
        assertThat(Files.readAllLines(Path.of(archive + ".path")))
                .containsExactly(launcher.toString(), String.valueOf(Files.size(archive)));
        assertThat(mode(cache)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                assertThat(mode(f)).as(f.toString()).matches("r[w-]-------");
            }
        }
        assertThat(cacheFiles("*tmp*")).isEmpty();

        Result cached = run("today", "--days", "7");
        Result none = run(List.of("FOLLOWUP_CDS=off", "XDG_CACHE_HOME=" + temp.resolve("empty")), "today", "--days", "7");
        assertThat(cached).isEqualTo(first);
        assertThat(none).isEqualTo(first);
        assertThat(run("--version").out()).startsWith("followup ");
        assertThat(run("--version").err()).isEmpty();
    }

    @Test
    void aStaleTruncatedOrGarbageArchiveNeverPrintsAndIsMadeAgain() throws Exception {
        Result expected = run("today", "--json");
        Path archive = trained("cds-*.jsa");
        long size = Files.size(archive);

        archive.toFile().setWritable(true);
        try (var ch = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size / 3);
        }
        assertThat(run("today", "--json")).isEqualTo(expected);

        Files.write(archive, "not an archive at all".repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertThat(run("today", "--json")).isEqualTo(expected);

        // a launcher newer than the archive (an upgrade, a copy onto PATH): the archive is made again
        FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(launcher).toMillis() - 3_600_000);
        Files.setLastModifiedTime(archive, before);
        assertThat(run("today", "--json")).isEqualTo(expected);
        Path again = trained("cds-*.jsa");
        assertThat(Files.getLastModifiedTime(again)).isGreaterThan(before);
        assertThat(Files.size(again)).isGreaterThan(size / 2);
        assertThat(run("today", "--json")).isEqualTo(expected);
    }

    @Test
    void anArchiveMadeForTheLauncherElsewhereIsNotUsedButMadeAgain() throws Exception {
        Result expected = run("list", "--all");
        Path archive = trained("cds-*.jsa");
        Files.writeString(Path.of(archive + ".path"), "/somewhere/else/followup\n");
        assertThat(run("list", "--all")).isEqualTo(expected);
        trained("cds-*.jsa");
        assertThat(Files.readAllLines(Path.of(archive + ".path")).get(0)).isEqualTo(launcher.toString());
    }

    @Test
    void aLockLeftByAKilledTrainingIsTakenOverAfterTenMinutes() throws Exception {
        Files.createDirectories(cache);
        run("--version"); // learns the archive's name from the lock it takes, then trains
        trained("cds-*.jsa");
        Path archive = cacheFiles("cds-*.jsa").get(0);
        String key = archive.getFileName().toString().replaceFirst("^cds-", "").replaceFirst("\\.jsa$", "");
        Files.delete(archive);
        Path lock = Files.createDirectory(cache.resolve(".train-" + key + ".lock"));
        Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(20)));
        assertThat(run("--version").err()).isEmpty();
        trained("cds-*.jsa");
        assertThat(lock).doesNotExist();
    }

    @Test
    void aCacheThatCannotBeWrittenChangesNothing() throws Exception {
        Result expected = run(List.of("FOLLOWUP_CDS=off", "XDG_CACHE_HOME=" + temp.resolve("empty")), "today");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "a file where the cache folder should be");
        assertThat(run("today")).isEqualTo(expected);
    }

    @Test
    void jdk25UsesAnAotCacheAndADynamicArchiveWhenAsked() throws Exception {
        assumeTrue(Files.isExecutable(JDK_25.resolve("bin/java")), "Temurin 25 is not installed");
        List<String> jdk25 = List.of("JAVA_HOME=" + JDK_25);
        Result expected = run(jdk25, "today", "--json");
        assertThat(expected.err()).isEmpty();
        Path aot = trained("aot-*.aot");
        assertThat(aot.getFileName().toString()).endsWith("-" + javaRuntimeVersion(JDK_25.resolve("bin/java")) + ".aot");
        assertThat(run(jdk25, "today", "--json")).isEqualTo(expected);
        Files.write(aot, new byte[1000]);
        assertThat(run(jdk25, "today", "--json")).isEqualTo(expected);
        trained("aot-*.aot");

        // what JDK 19-24 get by default: the JVM writes the archive itself at exit
        List<String> dynamic = List.of("JAVA_HOME=" + JDK_25, "FOLLOWUP_CDS=dynamic");
        assertThat(run(dynamic, "today", "--json")).isEqualTo(expected);
        assertThat(cacheFiles("cds-*.jsa")).hasSize(1);
        assertThat(run(dynamic, "today", "--json")).isEqualTo(expected);
    }

    /** JAVA_RUNTIME_VERSION from the release file of the JDK a java binary belongs to. */
    private static String javaRuntimeVersion(Path java) throws IOException {
        Path jdk = java.toRealPath().getParent().getParent();
        for (String line : Files.readAllLines(jdk.resolve("release"))) {
            if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
                return line.substring(line.indexOf('=') + 1).replace("\"", "");
            }
        }
        throw new AssertionError("no JAVA_RUNTIME_VERSION in " + jdk);
    }
}
