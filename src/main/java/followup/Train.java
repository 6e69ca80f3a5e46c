package followup;

import followup.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Not a command: what the launcher runs, in the background, to learn which classes a typical
 * run loads, so that the JVM can archive them (class-data sharing). It copies the sample data
 * home bundled in the jar (the repository's {@code examples/}) into a temp folder and runs the
 * everyday commands on it in-process, output discarded. Never the user's data: the archive holds
 * classes only, but what a run loads must not depend on anyone's files.
 */
public final class Train {

    /** Where the build puts the examples inside the jar. */
    static final String SAMPLES = "followup/training/";

    /** The command lines a training run goes through, as a person would on a typical day. */
    static final List<List<String>> COMMAND_LINES = List.of(
            List.of("today"),
            List.of("today"), // again, as a prompt does: the kept answer
            List.of("today", "--days", "7", "--json"),
            List.of("today", "--quiet"),
            List.of("--no-color", "--as-of", "2026-11-20", "today", "--days", "3"), // global options too
            List.of("list"),
            List.of("list", "--all", "--json"),
            List.of("show", "acme-corp"),
            List.of("show", "acme-corp", "--json"),
            List.of("check"),
            List.of("draft", "thanks", "acme-corp"),
            List.of("log", "acme-corp", "note", "--note", "sent"),
            List.of("add", "Training Corp", "--role", "Engineer", "--interview", "tomorrow", "--no-input"),
            List.of("--version"),
            List.of("--help"),
            List.of("--help"), // again: the kept help
            List.of("today", "--help"),
            List.of("tody"),
            List.of("show", "no-such-id"));

    private Train() {
    }

    /** {@code Train WORK}: trains in the folder WORK (created if missing). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: followup.Train WORK");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0])) ? 0 : 1);
    }

    /** @return whether every command line ran (exit 0, 1 or 2: no internal error) */
    static boolean run(Path work) throws IOException {
        Path home = work.resolve("home");
        copySamples(home);
        Path cache = work.resolve("cache");
        Map<String, String> variables = Map.of("FOLLOWUP_HOME", home.toString(),
                "HOME", work.resolve("user").toString(), "XDG_CACHE_HOME", cache.toString());
        // the real clock, which every real run reads (the commands below use a fixed date)
        Main.clock().get();
        boolean ok = true;
        for (List<String> line : COMMAND_LINES) {
            // a clock far ahead: the samples, copied just now, count as long settled, so the index
            // and the kept answers are written and then read, as they are in a real run
            int code = Main.run(variables, () -> LocalDate.of(2026, 11, 23), () -> Long.MAX_VALUE / 2,
                    OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), line.toArray(String[]::new));
            ok &= code != Cli.BUG;
        }
        return ok;
    }

    /** The bundled samples, from the jar the launcher runs, or from the class folder in a build. */
    static void copySamples(Path home) throws IOException {
        Files.createDirectories(home.resolve("applications"));
        Path source;
        try {
            source = Path.of(Train.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(source)) {
            Path samples = source.resolve(SAMPLES);
            try (Stream<Path> files = Files.walk(samples)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = home.resolve(samples.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.getName().startsWith(SAMPLES) && !entry.isDirectory()) {
                    entries.add(entry);
                }
            }
            for (JarEntry entry : entries) {
                Path to = home.resolve(entry.getName().substring(SAMPLES.length())).normalize();
                if (!to.startsWith(home)) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
