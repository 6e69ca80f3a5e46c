package followup.draft;

import followup.model.Config;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind's built-in text on a realistic application and on a bare one, against files under
 * {@code src/test/resources/followup/draft/golden/}. The files are the texts to review: after a
 * deliberate change, regenerate with {@code mvn test -Dgolden.update=true} and read the diff.
 */
class GoldenDraftTest {

    private final Drafter drafter = new Drafter(TemplateSource.none(), new BuiltinTemplates());

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void fullApplication(DraftKind kind) throws IOException {
        Draft draft = drafter.render(kind, Fixtures.full(), null, Fixtures.CONFIG, Fixtures.due(kind),
                Fixtures.extras(kind));
        Holes.assertClean(draft);
        assertGolden("full/" + kind.id() + ".txt", draft.text());
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void bareApplication(DraftKind kind) throws IOException {
        Draft draft = drafter.render(kind, Fixtures.bare(), null, Config.DEFAULTS, Fixtures.due(kind), Extras.NONE);
        Holes.assertClean(draft);
        assertGolden("bare/" + kind.id() + ".txt", draft.text());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        String resource = "/followup/draft/golden/" + name;
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources" + resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenDraftTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("golden file %s (create with -Dgolden.update=true)", resource).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
