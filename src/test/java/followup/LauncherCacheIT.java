package followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 * replacing it touches no other test), from an empty working folder of its own (where a JVM would
 * drop its crash report). An archive is only an accelerator: one changed by a single byte, one in a
 * folder others can write or own, one another user planted is never mapped; a crash drops the
 * archive and leaves no report behind. No timing is asserted: the benchmark measures speed.
 */
class LauncherCacheIT {

    private static final Path PACKAGED = Path.of("target/followup").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @TempDir
    Path temp;

    private Path launcher;
    private Path cache;
    private Path cwd;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        launcher = temp.resolve("bin/followup");
        Files.createDirectories(launcher.getParent());
        Files.copy(PACKAGED, launcher, StandardCopyOption.COPY_ATTRIBUTES);
        cache = temp.resolve("home/.cache/followup");
        cwd = Files.createDirectories(temp.resolve("cwd"));
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
        Process p = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
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

    /**
     * Writes {@code length} bytes of {@code value} at {@code at} into {@code file}, keeping its size,
     * mode and modification time: a change only the file's change time and contents show.
     */
    private static void overwrite(Path file, long at, int length, int value) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes), at);
        }
        Files.setPosixFilePermissions(file, mode);
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(size);
    }

    /** What the launcher records of an archive: the line {@code stat} prints in the launcher's format. */
    private static String statLine(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("env", "TZ=UTC0", "stat", "-c", "%A %u %s %i %z", "--", file.toString()).start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        return line;
    }

    /**
     * Damage that the file system does not show (a flipped sector, a bug): the archive's bytes
     * changed and its record made to match, so only the JVM can notice, by crashing. 64 KiB of
     * 0xFF just after the header crash JDK 17 and 25 at start-up (SIGSEGV).
     */
    private void damageUnseen(Path archive) throws IOException, InterruptedException {
        overwrite(archive, 4096, 65536, 0xff);
        Path record = Path.of(archive + ".path");
        List<String> lines = Files.readAllLines(record);
        Files.write(record, List.of(lines.get(0), statLine(archive)));
    }

    private List<Path> inCwd() throws IOException {
        try (Stream<Path> files = Files.list(cwd)) {
            return files.toList();
        }
    }

    @Test
    void anArchiveChangedInPlaceAtTheSameSizeIsNeverMappedButMadeAgain() throws Exception {
        Result expected = run("today", "--json");
        Path archive = trained("cds-*.jsa");
        Object inode = Files.getAttribute(archive, "unix:ino");
        // same size, same mode, same modification time; bytes that crash JDK 17 when mapped
        overwrite(archive, 1 << 20, 65536, 0xff);
        overwrite(archive, Files.size(archive) / 2, 65536, 0);

        assertThat(run("today", "--json")).isEqualTo(expected);
        Path again = trained("cds-*.jsa");
        assertThat(Files.getAttribute(again, "unix:ino")).isNotEqualTo(inode);
        assertThat(Files.readAllLines(Path.of(again + ".path"))).containsExactly(launcher.toString(), statLine(again));
        assertThat(run("today", "--json")).isEqualTo(expected);
        assertThat(inCwd()).isEmpty();
    }

    @Test
    void aCrashLeavesNoReportInTheCurrentFolderAndDropsTheArchive() throws Exception {
        Result expected = run("today", "--json");
        damageUnseen(trained("cds-*.jsa"));

        Result crash = run("today", "--json");
        assertThat(crash.code()).as(crash.toString()).isEqualTo(134); // the JVM's report, then SIGABRT
        assertThat(inCwd()).isEmpty(); // no hs_err_pid*.log, core or replay file
        assertThat(cacheFiles("hs_err_pid*.log")).singleElement()
                .satisfies(report -> assertThat(mode(report)).isEqualTo("rw-------"));
        assertThat(mode(cache)).isEqualTo("rwx------");
        assertThat(cacheFiles("cds-*.jsa")).isEmpty();
        assertThat(cacheFiles("cds-*.jsa.path")).isEmpty();

        assertThat(run("today", "--json")).isEqualTo(expected); // the next run is clean
        damageUnseen(trained("cds-*.jsa"));
        assertThat(run("today", "--json").code()).isEqualTo(134);
        // two crashes under this build and JDK: it goes without archives from now on
        assertThat(run("today", "--json")).isEqualTo(expected);
        assertThat(cacheFiles(".train-*")).isEmpty();
        assertThat(cacheFiles("cds-*.jsa")).isEmpty();
        assertThat(inCwd()).isEmpty();
    }

    @Test
    void anArchiveFoundInTheUsersFolderOpenToOthersIsNeverMappedTheFolderIsMadePrivate() throws Exception {
        Result expected = run("today", "--json");
        for (String open : List.of("rwxrwxrwx", "rwxrwx---")) {
            Path archive = trained("cds-*.jsa");
            damageUnseen(archive); // what anyone could have planted while others could write there
            Object inode = Files.getAttribute(archive, "unix:ino");
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString(open));
            assertThat(run("today", "--json")).as(open).isEqualTo(expected);
            assertThat(mode(cache)).isEqualTo("rwx------");
            assertThat(Files.getAttribute(trained("cds-*.jsa"), "unix:ino")).as(open).isNotEqualTo(inode);
            assertThat(run("today", "--json")).as(open).isEqualTo(expected);
        }
        assertThat(cacheFiles("hs_err_pid*.log")).isEmpty();
        assertThat(inCwd()).isEmpty();
    }

    @Test
    void aFolderOrAnArchiveOfAnotherUserIsNeverMapped() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Result expected = run("today", "--json");
        Path archive = trained("cds-*.jsa");
        damageUnseen(archive);
        Object inode = Files.getAttribute(archive, "unix:ino");
        var nobody = cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        var me = Files.getOwner(cache);

        // the folder of another user, 0700 or open to all: no archive used or made there
        Files.setOwner(cache, nobody);
        for (String modes : List.of("rwx------", "rwxrwxrwx")) {
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString(modes));
            assertThat(run("today", "--json")).as(modes).isEqualTo(expected);
            assertThat(cacheFiles(".train-*")).as(modes).isEmpty();
            assertThat(Files.getAttribute(archive, "unix:ino")).isEqualTo(inode);
            assertThat(Files.getOwner(cache)).isEqualTo(nobody);
        }
        Files.setOwner(cache, me);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));

        // an archive another user planted in the folder (while it was open), with a record that fits
        Files.setOwner(archive, nobody);
        Path record = Path.of(archive + ".path");
        Files.write(record, List.of(launcher.toString(), statLine(archive)));
        assertThat(run("today", "--json")).isEqualTo(expected);
        Path again = trained("cds-*.jsa"); // replaced by one of the user's own
        assertThat(Files.getOwner(again)).isEqualTo(me);
        assertThat(run("today", "--json")).isEqualTo(expected);
        assertThat(inCwd()).isEmpty();
    }

    @Test
    void aCachePathThatAShellOrTheJvmWouldReadAsSyntaxIsNotUsedForArchives() throws Exception {
        Result expected = run(List.of("FOLLOWUP_CDS=off", "XDG_CACHE_HOME=" + temp.resolve("empty")), "today");
        for (String name : List.of("it's", "a;b", "100%p", "a:b")) {
            Path xdg = Files.createDirectories(temp.resolve(name));
            assertThat(run(List.of("XDG_CACHE_HOME=" + xdg), "today")).as(name).isEqualTo(expected);
            try (Stream<Path> files = Files.walk(xdg)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(name)
                        .noneMatch(f -> f.startsWith("cds-") || f.startsWith(".train-"));
            }
        }
        assertThat(inCwd()).isEmpty();
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
                .containsExactly(launcher.toString(), statLine(archive));
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
        // changed in place at the same size (JDK 25 dies of SIGSEGV when it maps this): not mapped
        Path again = trained("aot-*.aot");
        overwrite(again, 1 << 20, 65536, 0xff);
        assertThat(run(jdk25, "today", "--json")).isEqualTo(expected);
        // damage the file system does not show: one crash, no report here, the archive dropped
        damageUnseen(trained("aot-*.aot"));
        assertThat(run(jdk25, "today", "--json").code()).isEqualTo(134);
        assertThat(cacheFiles("aot-*.aot")).isEmpty();
        assertThat(cacheFiles("hs_err_pid*.log")).hasSize(1);
        assertThat(run(jdk25, "today", "--json")).isEqualTo(expected);
        trained("aot-*.aot");
        assertThat(inCwd()).isEmpty();

        // what JDK 19-24 get by default: the JVM writes the archive itself at exit
        List<String> dynamic = List.of("JAVA_HOME=" + JDK_25, "FOLLOWUP_CDS=dynamic");
        assertThat(run(dynamic, "today", "--json")).isEqualTo(expected);
        assertThat(cacheFiles("cds-*.jsa")).hasSize(1);
        assertThat(run(dynamic, "today", "--json")).isEqualTo(expected);
        // recorded by the first run that found it; changed since: removed, and the JVM makes another
        Path dynamicArchive = cacheFiles("cds-*.jsa").get(0);
        assertThat(Files.readAllLines(Path.of(dynamicArchive + ".path")))
                .containsExactly(launcher.toString(), statLine(dynamicArchive));
        overwrite(dynamicArchive, 4096, 65536, 0);
        assertThat(run(dynamic, "today", "--json")).isEqualTo(expected);
        assertThat(cacheFiles("cds-*.jsa")).singleElement().satisfies(made -> {
            try (FileChannel ch = FileChannel.open(made)) {
                ByteBuffer bytes = ByteBuffer.allocate(65536);
                ch.read(bytes, 4096);
                assertThat(bytes.array()).as("the zeros written into the old one").isNotEqualTo(new byte[65536]);
            }
        });
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
