package followup.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPageTest {

    private static final String PAGE = ManPage.of(Generate.tree(), "followup 9.9.9");

    @TempDir
    Path tmp;

    @Test
    void hasTheSectionsOfARealManPage() {
        assertThat(PAGE).startsWith(".\\\"").contains(".TH FOLLOWUP 1 ", "followup 9.9.9");
        List<String> sections = PAGE.lines().filter(l -> l.startsWith(".SH ")).map(l -> l.substring(4)).toList();
        assertThat(sections).containsExactly("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS",
                "FILES", "ENVIRONMENT", "EXAMPLES", "SEE ALSO");
    }

    @Test
    void describesEveryCommandTheTreeHas() {
        List<CommandTree> tree = CommandTree.walk(Generate.tree());
        for (CommandTree c : tree.subList(1, tree.size())) {
            assertThat(PAGE).contains(".SS \"followup " + c.path() + "\"");
        }
        assertThat(PAGE).contains("\\fB\\-\\-status\\fP \\fISTATUS\\fP", "followup log acme thanks");
    }

    @Test
    void namesTheExitCodesFilesAndEnvironment() {
        assertThat(section("EXIT STATUS")).contains(".B 0", ".B 1", ".B 2", ".B 3");
        assertThat(section("FILES")).contains("applications/", "config.yaml", "templates/");
        assertThat(section("ENVIRONMENT")).contains("FOLLOWUP_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "NO_COLOR", "VISUAL", "EDITOR", "FOLLOWUP_DEBUG");
    }

    @Test
    void escapesTroff() {
        assertThat(ManPage.text(".starts with a dot\n'and a quote")).isEqualTo("\\&.starts with a dot\n\\&'and a quote");
        assertThat(ManPage.text("a\\b --x Société")).isEqualTo("a\\eb \\-\\-x Soci\\[u00E9]t\\[u00E9]");
        assertThat(PAGE.chars().allMatch(c -> c < 0x7f)).as("ASCII only").isTrue();
    }

    /** groff, where installed, reads the page without a warning. */
    @Test
    void groffRendersItWithoutWarnings() throws IOException, InterruptedException {
        Path groff = Shells.require("groff");
        Path page = tmp.resolve("followup.1");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        String out = Shells.run(List.of("sh", "-c", groff + " -man -Tutf8 -ww " + page + " 2>&1 >/dev/null"), Map.of(), tmp);
        assertThat(out).as("groff warnings").isEmpty();
    }

    private static String section(String name) {
        int from = PAGE.indexOf(".SH " + name + "\n");
        int to = PAGE.indexOf(".SH ", from + 1);
        return PAGE.substring(from, to < 0 ? PAGE.length() : to);
    }
}
