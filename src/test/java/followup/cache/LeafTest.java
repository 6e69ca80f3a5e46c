package followup.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cache package is a leaf (bytes, file keys, cache files): it reaches no other part of
 * followup, so the store may use it and it never depends on what it accelerates.
 */
class LeafTest {

    private static final Pattern FOLLOWUP = Pattern.compile("\\bfollowup\\.(?!cache\\.)[a-zA-Z]+");

    @Test
    void cacheReachesNoOtherPackageOfFollowup() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/followup/cache"))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            for (Path source : sources) {
                String code = Files.readString(source).replaceFirst("package followup\\.cache;", "");
                Matcher m = FOLLOWUP.matcher(code);
                assertThat(m.find() ? m.group() : null).as(source.toString()).isNull();
            }
        }
    }
}
