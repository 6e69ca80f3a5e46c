package followup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/**
 * A bare file name ({@code --output report.html}) has no parent: the temp file must still be made
 * beside the target (in the current folder), not in the system's temp folder, from where no rename
 * onto another file system is atomic.
 */
class AtomicFilesTest {

    @Test
    void replacesAFileGivenByABareNameInTheCurrentFolder() throws Exception {
        Path bare = Path.of(".atomic-files-test-" + ProcessHandle.current().pid() + ".html");
        assertThat(bare.getParent()).as("the case under test").isNull();
        try {
            AtomicFiles.replace(bare, "one".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.replace(bare, "two".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(bare.toAbsolutePath())).isEqualTo("two");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bare))).isEqualTo("rw-------");
            try (var left = Files.list(Path.of("").toAbsolutePath())) {
                assertThat(left.filter(p -> AtomicFiles.isTempOf(p, bare.toString()))).isEmpty();
            }
        } finally {
            Files.deleteIfExists(bare);
        }
    }

    @Test
    void createsAFileGivenByABareName() throws Exception {
        Path bare = Path.of(".atomic-files-new-" + ProcessHandle.current().pid() + ".html");
        try {
            assertThat(AtomicFiles.createNew(bare, "new".getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(AtomicFiles.createNew(bare, "again".getBytes(StandardCharsets.UTF_8))).isFalse();
            assertThat(Files.readString(bare)).isEqualTo("new");
        } finally {
            Files.deleteIfExists(bare);
        }
    }
}
