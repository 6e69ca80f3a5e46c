package followup.cli.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
        TabCases.check(this::offers, tmp);
    }

    /** The matches as compadd puts them on the line: quoted (Bill\ Lumbergh), unless a quote is open. */
    @Test
    void tabAfterToOrWithOffersTheNamesInThatApplicationsFile() throws Exception {
        NameCases.check(this::offers, tmp, name -> name.replace(" ", "\\ "));
    }

    private List<List<String>> offers(Map<String, String> env, List<String> lines) throws Exception {
        Path zsh = Shells.require("zsh");
        Path driver = tmp.resolve("zsh-tab.zsh");
        Path fpath = tmp.resolve("fpath");
        if (!Files.exists(driver)) {
            try (InputStream in = getClass().getResourceAsStream("zsh-tab.zsh")) {
                Files.copy(in, driver);
            }
            Files.createDirectories(fpath);
            Files.copy(Path.of("completions", "_followup"), fpath.resolve("_followup"));
        }
        List<String> command = new ArrayList<>(List.of(zsh.toString(), "-f", driver.toString(), fpath.toString()));
        command.addAll(lines);
        String out = Shells.run(command, env, tmp);
        List<List<String>> offers = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (offers.size() < lines.size()) {
                // one line per line typed, the matches separated by tabs (a name has spaces)
                offers.add(line.isBlank() ? List.of() : Arrays.asList(line.split("\t")));
            }
        }
        return offers;
    }
}
