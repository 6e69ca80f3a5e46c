package followup.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** completions/followup.bash in a real bash: sourced, then _followup called as bash would call it. */
class BashCompletionTest {

    @TempDir
    Path tmp;

    @Test
    void tabOffersWhatTheCommandTreeAndTheDataHomeHold() throws Exception {
        TabCases.check(this::offers, tmp);
    }

    /** COMPREPLY holds the names as they are; readline quotes them for the line (-o filenames). */
    @Test
    void tabAfterToOrWithOffersTheNamesInThatApplicationsFile() throws Exception {
        NameCases.check(this::offers, tmp, UnaryOperator.identity());
    }

    private List<List<String>> offers(Map<String, String> env, List<String> lines) throws Exception {
        Path bash = Shells.require("bash");
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
    }

    /**
     * The words bash hands a completion function, still quoted as typed: split at blanks and at
     * '=' (in COMP_WORDBREAKS), but not inside quotes or after a backslash.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(c).append(line.charAt(++i));
            } else if (c == '"' || c == '\'') {
                quote = c;
                word.append(c);
            } else if (c == ' ') {
                if (word.length() > 0 || words.isEmpty() || !words.get(words.size() - 1).equals("=")) {
                    words.add(word.toString());
                }
                word.setLength(0);
            } else if (c == '=') {
                if (word.length() > 0) {
                    words.add(word.toString());
                }
                words.add("=");
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0 || words.isEmpty() || !words.get(words.size() - 1).equals("=")) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void wordsAreSplitAsBashSplitsThem() {
        assertThat(words("followup show ")).containsExactly("followup", "show", "");
        assertThat(words("followup --home=/x log ")).containsExactly("followup", "--home", "=", "/x", "log", "");
        assertThat(words("followup --home=")).containsExactly("followup", "--home", "=");
        assertThat(words("a --with Bill\\ L")).containsExactly("a", "--with", "Bill\\ L");
        assertThat(words("a --to \"Bill L")).containsExactly("a", "--to", "\"Bill L");
    }
}
