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

    @Test
    void helpIsPrintedByTheRealCommandLine() {
        assertThat(Run.in(home).run("show", "--help")).succeeded().outContains("Usage: followup show", "Examples:")
                .errIsEmpty();
    }
}
