package followup.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What inbox decides is pure: no files, clock, environment, output, mail or calendar library. Only
 * MailSources (files), MessageReader (Angus Mail) and CalendarReader (ical4j) touch the world.
 */
class PurityTest {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final List<String> FORBIDDEN = List.of("java.io", "java.nio", "java.net", "jakarta.", "net.fortuna",
            "Clock.", "System.", "LocalDate.now", "LocalDateTime.now", "Instant.now", "ZonedDateTime.now",
            "ZoneId.systemDefault", "Locale.getDefault", "java.util.Random");

    @ParameterizedTest
    @ValueSource(strings = {"DatePhrases", "Classifier", "ApplicationMatcher", "Planner", "BodyText", "Proposal",
        "Invitation", "Message"})
    void decidesWithoutTouchingTheWorld(String name) throws IOException {
        String code = COMMENTS.matcher(Files.readString(Path.of("src/main/java/followup/inbox/" + name + ".java"))).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (String bad : FORBIDDEN) {
            if (code.contains(bad)) {
                found.add(bad);
            }
        }
        assertThat(found).as(name).isEmpty();
    }
}
