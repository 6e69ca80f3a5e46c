package followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model and the scheduler are pure: no files, clock, environment or output. A plain scan of
 * the sources (comments stripped) keeps it so; "today" and the config come in as parameters.
 */
class PurityTest {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final List<String> FORBIDDEN = List.of(
            "java.io", "java.nio", "java.net", "java.time.Clock", "Clock.", "System.getenv", "System.getProperty",
            "System.currentTimeMillis", "System.nanoTime", "System.out", "System.err", "System.in",
            "LocalDate.now", "LocalDateTime.now", "LocalTime.now", "Instant.now", "ZonedDateTime.now",
            "OffsetDateTime.now", "ZoneId.systemDefault", "Locale.getDefault", "java.util.Random");

    @ParameterizedTest
    @ValueSource(strings = {"src/main/java/followup/model", "src/main/java/followup/schedule", "src/main/java/followup/text"})
    void importsNothingImpure(String folder) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("sources under " + folder).isNotEmpty();
        for (Path source : sources) {
            String code = COMMENTS.matcher(Files.readString(source)).replaceAll(" ");
            for (String bad : FORBIDDEN) {
                if (code.contains(bad)) {
                    found.add(source.getFileName() + " uses " + bad);
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
