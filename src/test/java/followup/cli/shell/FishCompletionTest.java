package followup.cli.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** completions/followup.fish in a real fish: {@code complete -C LINE} prints what a TAB offers. */
class FishCompletionTest {

    @TempDir
    Path tmp;

    @Test
    void tabOffersWhatTheCommandTreeAndTheDataHomeHold() throws Exception {
        TabCases.check(this::offers, tmp);
    }

    /** fish hands over the names as they are, and escapes them itself as it puts one on the line. */
    @Test
    void tabAfterToOrWithOffersTheNamesInThatApplicationsFile() throws Exception {
        NameCases.check(this::offers, tmp, UnaryOperator.identity());
    }

    private List<List<String>> offers(Map<String, String> env, List<String> lines) throws Exception {
        Path fish = Shells.require("fish");
        StringBuilder script = new StringBuilder()
                .append("source ").append(Fish.quote(Path.of("completions", "followup.fish").toAbsolutePath().toString())).append('\n');
        for (String line : lines) {
            script.append("complete -C ").append(Fish.quote(line)).append("; printf '\\036\\n'\n");
        }
        Path file = tmp.resolve("tab.fish");
        Files.writeString(file, script);
        String out = Shells.run(List.of(fish.toString(), "--no-config", file.toString()), env, tmp);
        // each candidate is "word<TAB>description"
        return Shells.records(out).stream()
                .map(r -> r.stream().map(s -> s.split("\t", 2)[0]).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }
}
