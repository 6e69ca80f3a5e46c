package followup.cli.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * completions/_followup in a real, interactive zsh on a pseudo-terminal (zsh/zpty): compinit finds
 * the function on $fpath, each line is typed with a TAB, and the matches handed to the completion
 * system are recorded (zsh-tab.zsh).
 */
class ZshCompletionTest {

    @TempDir
    Path tmp;

    @Test
    void tabOffersWhatTheCommandTreeAndTheDataHomeHold() throws Exception {
        Path zsh = Shells.require("zsh");
        Path driver = tmp.resolve("zsh-tab.zsh");
        try (InputStream in = getClass().getResourceAsStream("zsh-tab.zsh")) {
            Files.copy(in, driver);
        }
        Path fpath = Files.createDirectories(tmp.resolve("fpath"));
        Files.copy(Path.of("completions", "_followup"), fpath.resolve("_followup"));
        TabCases.check((env, lines) -> {
            List<String> command = new ArrayList<>(List.of(zsh.toString(), "-f", driver.toString(), fpath.toString()));
            command.addAll(lines);
            String out = Shells.run(command, env, tmp);
            List<List<String>> offers = new ArrayList<>();
            for (String line : out.split("\n", -1)) {
                if (offers.size() < lines.size()) {
                    offers.add(line.isBlank() ? List.of() : Arrays.asList(line.strip().split(" ")));
                }
            }
            return offers;
        }, tmp);
    }
}
