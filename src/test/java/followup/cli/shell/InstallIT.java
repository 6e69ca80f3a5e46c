package followup.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `mvn package` leaves for installing: the man page, and the completion scripts the binary prints. */
class InstallIT {

    @TempDir
    Path tmp;

    @Test
    void manRendersTheBuiltManPage() throws Exception {
        Path page = Path.of("target/followup.1").toAbsolutePath();
        assertThat(page).exists();
        Path man = Shells.require("man");
        String text = Shells.run(List.of(man.toString(), "-l", page.toString()),
                Map.of("LANG", "C.UTF-8", "MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat"), tmp);
        assertThat(text).contains("NAME", "followup - what to send to whom", "SYNOPSIS", "DESCRIPTION", "COMMANDS",
                "EXIT STATUS", "FILES", "ENVIRONMENT", "EXAMPLES", "followup today --quiet", "FOLLOWUP_HOME",
                "--home DIR", "followup log");
        // options must copy and paste as typed: ASCII hyphens, not typographic ones
        assertThat(text).doesNotContain("\u2010", "\u2212");
    }

    @Test
    void theBinaryPrintsTheCommittedCompletionScripts() throws Exception {
        for (Shell shell : Shell.values()) {
            String printed = Shells.run(List.of(Path.of("target/followup").toAbsolutePath().toString(), "completion",
                    shell.id()), Map.of("HOME", tmp.toString()), tmp);
            assertThat(printed).as(shell.id()).isEqualTo(Files.readString(Path.of("completions", shell.fileName())));
        }
    }
}
