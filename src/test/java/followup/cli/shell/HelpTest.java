package followup.cli.shell;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import followup.cli.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every command's --help reads like a man page's section: a one-line header, a description,
 * examples, every option and parameter described; the root lists the exit codes. Walks the live
 * tree, so a command added later is held to the same.
 */
class HelpTest {

    @TempDir
    Path home;

    private static final List<CommandTree> TREE = CommandTree.walk(Generate.tree());

    @TestFactory
    Stream<DynamicTest> everyCommandIsDescribed() {
        return TREE.stream().map(command -> DynamicTest.dynamicTest(command.qualifiedName(), () -> {
            UsageMessageSpec usage = command.spec().usageMessage();
            String name = command.qualifiedName();
            List<String> missing = new ArrayList<>();
            if (command.header().isBlank() || command.header().contains("\n")) {
                missing.add(name + ": a one-line header");
            }
            if (CommandTree.text(usage.description()).isBlank()) {
                missing.add(name + ": a description");
            }
            if (!usage.footerHeading().contains("Examples") || !CommandTree.text(usage.footer()).contains("followup")) {
                missing.add(name + ": examples (footerHeading \"%nExamples:%n\", footer lines)");
            }
            for (String line : usage.footer()) {
                if (line.length() > 79) { // picocli would wrap it mid-command on an 80-column terminal
                    missing.add(name + ": an example line under 80 columns (continue it with \\): " + line);
                }
            }
            for (CommandTree.Option o : command.options()) {
                if (o.description().isBlank()) {
                    missing.add(name + " " + o.names() + ": a description");
                }
            }
            for (CommandTree.Positional p : command.positionals()) {
                if (p.description().isBlank()) {
                    missing.add(name + " " + p.label() + ": a description");
                }
            }
            assertThat(missing).as("what --help lacks").isEmpty();
        }));
    }

    @Test
    void theRootListsTheExitCodes() {
        CommandSpec root = Generate.tree();
        assertThat(root.usageMessage().exitCodeList()).containsKeys("0", "1", "2", "3");
        assertThat(Run.in(home).run("--help")).succeeded().outContains("Exit codes:", "Examples:");
    }

    /** What --help prints (taken from picocli: a pass-through command hands --help to its program). */
    @TestFactory
    Stream<DynamicTest> helpPrintsExamples() {
        return TREE.stream().skip(1).map(command -> DynamicTest.dynamicTest(command.qualifiedName() + " --help", () ->
                // (lines joined: picocli wraps the header to the terminal's width)
                assertThat(command.spec().commandLine().getUsageMessage().replaceAll("\\s+", " "))
                        .contains(command.header(), "Examples:", "Usage: " + command.qualifiedName())));
    }

    /**
     * The kept help (Cli.help) is keyed on the build, the arguments, the colours and the width: it
     * holds only while picocli's texts read nothing else. picocli looks up {@code ${sys:..}},
     * {@code ${env:..}} and any unknown {@code ${NAME}} (as a property, then a variable) where they
     * appear; only its own variables, which come from the model, may.
     */
    @Test
    void theTextsLookUpNoVariableOrProperty() {
        java.util.regex.Pattern variable = java.util.regex.Pattern.compile("\\$\\{([^}]*)}");
        List<String> own = List.of("DEFAULT-VALUE", "COMPLETION-CANDIDATES", "FALLBACK-VALUE", "MAP-FALLBACK-VALUE",
                "COMMAND-NAME", "COMMAND-FULL-NAME", "PARENT-COMMAND-NAME", "PARENT-COMMAND-FULL-NAME", "ROOT-COMMAND-NAME");
        List<String> found = new ArrayList<>();
        for (CommandTree command : CommandTree.walk(Generate.tree())) {
            CommandSpec spec = command.spec();
            spec.interpolateVariables(false); // the texts as written
            UsageMessageSpec u = spec.usageMessage();
            List<String> texts = new ArrayList<>();
            for (String[] some : List.of(u.header(), u.description(), u.footer(), u.customSynopsis(),
                    new String[] {u.headerHeading(), u.synopsisHeading(), u.descriptionHeading(), u.parameterListHeading(),
                        u.optionListHeading(), u.commandListHeading(), u.footerHeading(), u.exitCodeListHeading()})) {
                texts.addAll(List.of(some));
            }
            texts.addAll(u.exitCodeList().values());
            for (picocli.CommandLine.Model.ArgSpec a : spec.args()) {
                texts.addAll(List.of(a.description()));
                texts.add(a.paramLabel());
                texts.add(a.defaultValue());
            }
            for (String t : texts) {
                java.util.regex.Matcher m = variable.matcher(String.valueOf(t));
                while (m.find()) {
                    if (!own.contains(m.group(1))) {
                        found.add(command.qualifiedName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("lookups in the help texts").isEmpty();
    }

    @Test
    void helpIsPrintedByTheRealCommandLine() {
        assertThat(Run.in(home).run("show", "--help")).succeeded().outContains("Usage: followup show", "Examples:")
                .errIsEmpty();
    }
}
