package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read commands keep their index of parsed files in {@code $XDG_CACHE_HOME/followup}, else
 * {@code ~/.cache/followup} (SPEC §2), private to the user, and print the same with or without it.
 * Reads the repository's examples, whose files are old enough for the index to keep them.
 */
class CacheFolderTest {

    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    Path temp;

    private static List<Path> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void theIndexGoesUnderXdgCacheHomeAndChangesNothingPrinted() throws IOException {
        Path cache = temp.resolve("cache");
        Run run = Run.in(EXAMPLES).env("XDG_CACHE_HOME", cache.toString());
        Run.Result first = run.run("today", "--days", "30", "--json");
        assertThat(first).succeeded();
        // the parsed applications (index-) and, the files having been there a while, today's answer (answer-)
        List<Path> kept = files(cache.resolve("followup"));
        assertThat(kept).extracting(p -> p.getFileName().toString().replaceAll("(-[0-9a-f]{16})+\\.bin$", ""))
                .containsExactlyInAnyOrder("index", "answer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("followup"))))
                .isEqualTo("rwx------");
        for (Path p : kept) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------");
        }
        assertThat(run.run("today", "--days", "30", "--json")).succeeded().outIs(first.out());
        Run freshCache = Run.in(EXAMPLES).env("HOME", temp.resolve("other-user").toString());
        assertThat(freshCache.run("today", "--days", "30", "--json")).succeeded().outIs(first.out());
    }

    @Test
    void withoutXdgCacheHomeItIsUnderHome() throws IOException {
        Path userHome = temp.resolve("user");
        Run run = Run.in(EXAMPLES).env("HOME", userHome.toString());
        assertThat(run.run("list", "--all")).succeeded();
        assertThat(files(userHome.resolve(".cache/followup"))).hasSize(1);
        assertThat(Files.exists(EXAMPLES.resolve(".cache"))).isFalse();
    }
}
