package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcript tests, todo.txt-cli style: each file under {@code src/test/resources/transcripts}
 * is a session of {@code $ followup ...} lines, each followed by what it prints (stderr lines
 * start with {@code ! }) and {@code [exit N]} when it is not 0. Runs against a fresh home (or a
 * copy of {@code examples/} when the file starts with {@code # home: examples}), on Mon
 * 23 Nov 2026. The temp home's path prints as {@code $HOME} (and {@code $HOME} in a command is
 * that path); the random number in the name of an edit's copy prints as {@code N}, and the CRLF
 * line ends of iCalendar as plain ones. They double as a manual.
 *
 * <p>As in a shell, {@code $ NAME=VALUE followup ...} sets a variable for that one command (an
 * {@code EDITOR}: the editor really runs, through {@code sh}, on the copy); {@code COLUMNS=80}
 * runs the command on a terminal that wide (without colour, as with {@code NO_COLOR}), to show the
 * layout a person sees rather than a pipe's. git is the machine's,
 * with a fixed identity and clock and no system or user configuration, so its output is the same
 * on every run.
 */
class TranscriptTest {

    private static final Pattern EDIT_COPY = Pattern.compile("\\.edit-[0-9]+\\.");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]*=.*", Pattern.DOTALL);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException, URISyntaxException {
        Path dir = Path.of(TranscriptTest.class.getResource("/transcripts").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private void check(Path transcript) throws IOException {
        List<String> lines = Files.readAllLines(transcript, StandardCharsets.UTF_8);
        Path home = temp.resolve(transcript.getFileName().toString().replace(".txt", ""));
        if (!lines.isEmpty() && lines.get(0).equals("# home: examples")) {
            copy(Path.of("examples"), home);
        }
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<String> words = line.startsWith("$ ") ? words(line.substring(2)) : List.of();
            int command = words.indexOf("followup");
            if (command < 0 || !words.subList(0, command).stream().allMatch(w -> VARIABLE.matcher(w).matches())) {
                expected.append(line).append('\n');
                if (line.startsWith("# ")) { // a comment; followup never prints one
                    actual.append(line).append('\n');
                }
                continue;
            }
            expected.append(line).append('\n');
            actual.append(line).append('\n');
            Run run = machine(home);
            for (String variable : words.subList(0, command)) {
                String name = variable.substring(0, variable.indexOf('='));
                String value = variable.substring(variable.indexOf('=') + 1);
                if (name.equals("COLUMNS")) { // a terminal that wide, as the launcher measures one
                    run.terminal(Integer.parseInt(value)).env("NO_COLOR", "1");
                } else {
                    run.env(name, value);
                }
            }
            Run.Result r = run.run(words.subList(command + 1, words.size()).stream()
                    .map(w -> w.replace("$HOME", home.toString())).toArray(String[]::new));
            String shown = shown(r.out(), home);
            actual.append(shown);
            for (String e : shown(r.err(), home).split("\n", -1)) {
                if (!e.isEmpty()) {
                    actual.append("! ").append(e).append('\n');
                }
            }
            if (r.code() != 0) {
                actual.append("[exit ").append(r.code()).append("]\n");
            }
        }
        if (Boolean.getBoolean("transcripts.update")) {
            // -Dtranscripts.update=true rewrites the sources after a deliberate change; review the diff
            Path source = Path.of("src/test/resources/transcripts").resolve(transcript.getFileName().toString());
            Files.writeString(source, actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual.toString()).as(transcript.getFileName().toString()).isEqualTo(expected.toString());
    }

    private static String shown(String printed, Path home) {
        return EDIT_COPY.matcher(printed.replace(home.toString(), "$HOME").replace("\r\n", "\n"))
                .replaceAll(".edit-N.");
    }

    /**
     * A run on the transcripts' machine: git with a fixed identity and clock (so commit ids repeat)
     * and none of this machine's git configuration; the editor a real program.
     */
    private static Run machine(Path home) {
        Run run = Run.in(home).editor(TranscriptTest::realEditor);
        Map.of("PATH", System.getenv("PATH"), "LC_ALL", "C", "GIT_CONFIG_NOSYSTEM", "1",
                "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_AUTHOR_NAME", "Job Seeker",
                "GIT_AUTHOR_EMAIL", "seeker@example.com", "GIT_COMMITTER_NAME", "Job Seeker",
                "GIT_COMMITTER_EMAIL", "seeker@example.com", "GIT_AUTHOR_DATE", "2026-11-23T09:00:00Z",
                "GIT_COMMITTER_DATE", "2026-11-23T09:00:00Z").forEach(run::env);
        run.env("GIT_CONFIG_COUNT", "1").env("GIT_CONFIG_KEY_0", "init.defaultBranch").env("GIT_CONFIG_VALUE_0", "main");
        return run;
    }

    /** The editor as followup's own main runs it, its output in the test's log. */
    private static int realEditor(List<String> command, Path file) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.add(file.toString());
        return new ProcessBuilder(full).inheritIO()
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start().waitFor();
    }

    /** Splits a command line the way a shell would for simple quoting: '...', "..." and \\. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                w = w == null ? new StringBuilder() : w;
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else {
                w = w == null ? new StringBuilder() : w;
                w.append(c == '\\' && i + 1 < line.length() ? line.charAt(++i) : c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
