package followup.cli.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** completions/followup.bash in a real bash: sourced, then _followup called as bash would call it. */
class BashCompletionTest {

    @TempDir
    Path tmp;

    @Test
    void tabOffersWhatTheCommandTreeAndTheDataHomeHold() throws Exception {
        Path bash = Shells.require("bash");
        TabCases.check((env, lines) -> {
            StringBuilder script = new StringBuilder()
                    .append("source ").append(Sh.quote(Path.of("completions", "followup.bash").toAbsolutePath().toString())).append('\n')
                    .append("tab() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=\"$*\"; ")
                    .append("COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _followup; ")
                    .append("printf '%s\\n' \"${COMPREPLY[@]}\" $'\\036'; }\n");
            for (String line : lines) {
                script.append("tab");
                words(line).forEach(w -> script.append(' ').append(Sh.quote(w)));
                script.append('\n');
            }
            Path file = tmp.resolve("tab.bash");
            Files.writeString(file, script);
            return Shells.records(Shells.run(List.of(bash.toString(), "--norc", "--noprofile", file.toString()), env, tmp));
        }, tmp);
    }

    /** The words bash hands a completion function: split at blanks, and at '=' (in COMP_WORDBREAKS). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String blank : line.split(" ", -1)) {
            String[] parts = blank.split("=", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    words.add("=");
                }
                if (!parts[i].isEmpty() || parts.length == 1) {
                    words.add(parts[i]);
                }
            }
        }
        return words;
    }
}
