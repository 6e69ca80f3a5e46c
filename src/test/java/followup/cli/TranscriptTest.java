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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcript tests, todo.txt-cli style: each file under {@code src/test/resources/transcripts}
 * is a session of {@code $ followup ...} lines, each followed by what it prints (stderr lines
 * start with {@code ! }) and {@code [exit N]} when it is not 0. Runs against a fresh home (or a
 * copy of {@code examples/} when the file starts with {@code # home: examples}), on Mon
 * 23 Nov 2026. The temp home's path prints as {@code $HOME}. They double as a manual.
 */
class TranscriptTest {

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
        Run run = Run.in(home);
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("$ followup")) {
                expected.append(line).append('\n');
                if (line.startsWith("# ")) { // a comment; followup never prints one
                    actual.append(line).append('\n');
                }
                continue;
            }
            expected.append(line).append('\n');
            actual.append(line).append('\n');
            Run.Result r = run.run(words(line.substring("$ followup".length())).toArray(String[]::new));
            String shown = r.out().replace(home.toString(), "$HOME");
            actual.append(shown);
            for (String e : r.err().replace(home.toString(), "$HOME").split("\n", -1)) {
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
