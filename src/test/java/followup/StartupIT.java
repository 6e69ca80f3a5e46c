package followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cold-start rules, measured rather than kept as habits: the packaged launcher, with the
 * class-data archive it trains, runs each everyday line on the examples with the JVM's class-load
 * log on, and each line must stay within its budget of classes.
 *
 * <ul>
 * <li><b>Loaded</b>: every class a run loads costs it, even from the archive; a budget a little
 * above today's count catches a library, a formatter or a framework pulled onto the path.
 * <li><b>Defined at run time</b>: a class not in the archive is read, parsed and verified during
 * the run (or, for one spun at run time, generated first): the training covers the path, so only
 * a method handle or two the JDK spins itself may be.
 * <li><b>No lambda where a prompt waits</b>: the first lambda of a run loads the method-handle
 * machinery (some 45 classes of {@code java.lang.invoke} and its bytecode writer) and runs its
 * bootstrap in the interpreter: about 4 ms of CPU, measured against an anonymous class, even with
 * the lambda's class in the archive. The lines a prompt, a status bar and cron repeat (a kept
 * answer, {@code --version}, the kept help) link none. Everywhere else (an answer made afresh,
 * which loads that machinery anyway, for its temp file and the YAML reader; every command picocli
 * reads) lambdas and streams are ordinary Java.
 * </ul>
 *
 * The figures are JDK 17's with its static archive (the JDK the README's "Speed" is measured on).
 * A line over its budget fails with the classes it loaded beyond the archive; if the new classes
 * are worth their cost (measure it: src/bench/bench.sh), raise the budget here and say why.
 */
class StartupIT {

    private static final Path PACKAGED = Path.of("target/followup").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    /** How a line is run before it is measured. */
    private enum Before { ONCE, NOTHING, A_CHANGE }

    /** A line, and its budget: classes loaded, classes defined at run time, whether a lambda may link. */
    private record Budget(String what, Before before, List<String> args, int loaded, int defined, boolean lambdas) {
    }

    private static final List<Budget> BUDGETS = List.of(
            new Budget("today, the answer kept", Before.ONCE, List.of("today"), 665, 0, false),
            new Budget("today with options, the answer kept", Before.ONCE,
                    List.of("--as-of", "2026-11-23", "today", "--days", "7", "--json"), 670, 0, false),
            new Budget("--version", Before.NOTHING, List.of("--version"), 560, 0, false),
            new Budget("--help, kept", Before.ONCE, List.of("--help"), 690, 0, false),
            new Budget("today just after a change", Before.A_CHANGE, List.of("today"), 960, 2, true),
            new Budget("today on a new day", Before.NOTHING, List.of("--as-of", "2026-11-24", "today"), 960, 2, true));

    @TempDir
    Path temp;

    private record Loaded(int all, List<String> defined, List<String> lambdas) {
    }

    @Test
    void everyEverydayLineStaysWithinItsBudgetOfClasses() throws Exception {
        Path jdk = Path.of("/usr/bin/java").toRealPath().getParent().getParent();
        assumeTrue(Files.readString(jdk.resolve("release")).contains("JAVA_VERSION=\"17"),
                "the budgets are JDK 17's; /usr/bin/java is " + jdk);
        Path launcher = temp.resolve("bin/followup");
        Files.createDirectories(launcher.getParent());
        Files.copy(PACKAGED, launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Path home = temp.resolve("home");
        copy(EXAMPLES, home);
        Path java = javaLoggingClasses(jdk);

        run(launcher, java, null, "--version"); // trains the archive, in the background
        Path cache = temp.resolve("user/.cache/followup");
        for (int i = 0; i < 600 && !trained(cache); i++) {
            Thread.sleep(500);
        }
        assertThat(trained(cache)).as("an archive trained in 5 minutes").isTrue();
        Thread.sleep(3500); // the examples copied long enough ago for their answers to be kept

        List<String> report = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (Budget b : BUDGETS) {
            List<String> args = new ArrayList<>(List.of("--home", home.toString()));
            args.addAll(b.args());
            if (b.before() == Before.A_CHANGE) {
                // as bench.sh does: too recent a change for any answer to be kept, or found
                Files.setLastModifiedTime(home.resolve("config.yaml"), FileTime.fromMillis(
                        System.currentTimeMillis()));
            } else if (b.before() == Before.ONCE) {
                run(launcher, java, null, args.toArray(String[]::new)); // the answer or the help kept
            }
            Path log = temp.resolve("classes-" + report.size() + ".log");
            run(launcher, java, log, args.toArray(String[]::new));
            Loaded l = read(log);
            report.add(String.format("%-38s loaded %4d (budget %4d), defined at run time %d (%d), lambdas %d%s",
                    b.what(), l.all(), b.loaded(), l.defined().size(), b.defined(), l.lambdas().size(),
                    b.lambdas() ? "" : " (none allowed)"));
            if (l.all() > b.loaded() || l.defined().size() > b.defined() || !b.lambdas() && !l.lambdas().isEmpty()) {
                over.add(b.what() + ": defined at run time " + l.defined() + "; lambda machinery " + l.lambdas());
            }
        }
        System.out.println("StartupIT, classes per line (JDK 17, trained archive):\n  " + String.join("\n  ", report));
        assertThat(over).as(String.join("\n", report)).isEmpty();
    }

    /** A JDK whose java logs the classes loaded by a run of followup.Main to $FOLLOWUP_CLASS_LOG. */
    private Path javaLoggingClasses(Path jdk) throws IOException {
        Path fake = temp.resolve("jdk");
        Files.createDirectories(fake.resolve("bin"));
        Files.copy(jdk.resolve("release"), fake.resolve("release")); // the launcher names its archive by it
        // the option goes in just before -cp: after the launcher's -Xlog:disable, which would drop it
        Path java = fake.resolve("bin/java");
        Files.writeString(java, String.join("\n",
                "#!/bin/sh",
                "main=no",
                "for a in \"$@\"; do [ \"$a\" = followup.Main ] && main=yes; done",
                "if [ -n \"$FOLLOWUP_CLASS_LOG\" ] && [ $main = yes ]; then",
                "  n=$#",
                "  for a in \"$@\"; do",
                "    [ \"$a\" = -cp ] && set -- \"$@\" \"-Xlog:class+load=info:file=$FOLLOWUP_CLASS_LOG\"",
                "    set -- \"$@\" \"$a\"",
                "  done",
                "  shift $n",
                "fi",
                "exec '" + jdk.resolve("bin/java") + "' \"$@\"",
                ""));
        java.toFile().setExecutable(true);
        return fake;
    }

    private void run(Path launcher, Path jdk, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "-i", "HOME=" + temp.resolve("user"), "PATH=/usr/bin:/bin",
                "JAVA_HOME=" + jdk));
        if (log != null) {
            command.add("FOLLOWUP_CLASS_LOG=" + log);
        }
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + err).isZero();
    }

    private static boolean trained(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (Stream<Path> files = Files.list(cache)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            return names.stream().anyMatch(n -> n.startsWith("cds-") && n.endsWith(".jsa"))
                    && names.stream().noneMatch(n -> n.startsWith(".train-"));
        }
    }

    private static Loaded read(Path log) throws IOException {
        int all = 0;
        List<String> defined = new ArrayList<>();
        List<String> lambdas = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("[class,load] ");
            if (at < 0) {
                continue;
            }
            all++;
            String loaded = line.substring(at + "[class,load] ".length());
            String name = loaded.substring(0, loaded.indexOf(' '));
            if (!loaded.endsWith("source: shared objects file")) {
                defined.add(name);
            }
            if (name.equals("java.lang.invoke.LambdaMetafactory") || name.contains("$$Lambda$")) {
                lambdas.add(name);
            }
        }
        return new Loaded(all, defined, lambdas);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
