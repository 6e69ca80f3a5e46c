package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The table of global options ({@link GlobalOption}) is what picocli's model has, and what a line
 * read without picocli ({@link Arguments}) goes by: an option added to the root any other way, or
 * one the quick path cannot read, fails here rather than quietly sending {@code today} the slow way.
 */
class GlobalOptionTest {

    private static final Environment ENV = new Environment(Map.of("FOLLOWUP_HOME", "/nowhere"),
            () -> LocalDate.of(2026, 11, 23), false, false, 0, () -> null, (c, f) -> 0);

    private static CommandLine tree() {
        return Cli.commandLine(ENV, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /** A value the option takes on a command line, or none for a flag. */
    static List<String> given(GlobalOption option) {
        List<String> args = new ArrayList<>(List.of(option.names.get(option.names.size() - 1)));
        if (option.takesValue()) {
            args.add(option.type == Path.class ? "some/where" : "2026-11-20");
        }
        return args;
    }

    @Test
    void theRootHasExactlyTheOptionsOfTheTable() {
        List<OptionSpec> options = tree().getCommandSpec().options();
        Set<GlobalOption> seen = EnumSet.noneOf(GlobalOption.class);
        for (OptionSpec o : options) {
            GlobalOption option = GlobalOption.named(o.longestName());
            assertThat(option).as(o.longestName() + " is in the table").isNotNull();
            assertThat(seen.add(option)).as(option + " once").isTrue();
            assertThat(List.of(o.names())).as(option + ": names").containsExactlyElementsOf(option.names);
            assertThat(o.arity().max() > 0).as(option + ": takes a value").isEqualTo(option.takesValue());
            assertThat(o.type()).as(option + ": type").isEqualTo(option.type);
            assertThat(o.usageHelp()).as(option + ": asks for help").isEqualTo(option == GlobalOption.HELP);
            assertThat(o.versionHelp()).as(option + ": asks for the version").isEqualTo(option == GlobalOption.VERSION);
            if (!option.standard()) {
                assertThat(o.scopeType()).as(option + ": inherited by every command").isEqualTo(ScopeType.INHERIT);
                assertThat(o.paramLabel()).isEqualTo(option.label != null ? option.label : "PARAM");
            }
        }
        assertThat(seen).as("every option of the table").isEqualTo(EnumSet.allOf(GlobalOption.class));
        // in the order of the table, which is the order of --help
        assertThat(options.stream().map(o -> GlobalOption.named(o.longestName())).toList())
                .containsExactly(GlobalOption.values());
    }

    @Test
    void everyCommandButGitTakesThemBeforeAndAfterItsName() {
        tree().getSubcommands().forEach((name, sub) -> {
            if (name.equals("git")) {
                assertThat(sub.getCommandSpec().options()).as("git's arguments are git's").isEmpty();
                return;
            }
            for (GlobalOption option : GlobalOption.values()) {
                for (String n : option.names) {
                    assertThat(sub.getCommandSpec().findOption(n)).as(name + " " + n).isNotNull();
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(GlobalOption.class)
    void picocliAndTheQuickReadingGiveTheRootTheSameValue(GlobalOption option) {
        if (option.standard()) {
            return; // picocli's own: it answers them itself (--version: CommandsTest, LazyTreeTest)
        }
        List<String> args = given(option);
        CommandLine cli = tree();
        List<String> line = new ArrayList<>(args);
        line.add("today");
        cli.parseArgs(line.toArray(String[]::new));
        Object byPicocli = ((RootCommand) cli.getCommand()).given(option);
        assertThat(byPicocli).isNotNull();

        RootCommand root = new RootCommand(ENV, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(Arguments.read(line.toArray(String[]::new)).quick(root)).as("today runs without picocli").isNotNull();
        assertThat(root.given(option)).isEqualTo(byPicocli);

        // after the command as well
        List<String> after = new ArrayList<>(List.of("today"));
        after.addAll(args);
        RootCommand root2 = new RootCommand(ENV, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(Arguments.read(after.toArray(String[]::new)).quick(root2)).isNotNull();
        assertThat(root2.given(option)).isEqualTo(byPicocli);
    }
}
