package followup;

import static org.assertj.core.api.Assertions.assertThat;

import followup.cli.Cli;
import followup.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Main turns off picocli's converters for java.sql and java.time types (a start-up cost); that is
 * only right while no option or parameter of any command has such a type.
 */
class OptionTypesTest {

    @Test
    void noOptionNeedsAConverterMainTurnsOff() {
        CommandLine tree = Cli.commandLine(new Environment(Map.of(), LocalDate::now, false, false, 0, () -> null,
                (c, f) -> 0), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> types = new ArrayList<>();
        collect(tree, types);
        assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotMatch(Main.UNUSED_CONVERTERS));
        assertThat("java.time.LocalDate").matches(Main.UNUSED_CONVERTERS); // the pattern does match them
        assertThat("java.nio.file.Path").doesNotMatch(Main.UNUSED_CONVERTERS);
    }

    private static void collect(CommandLine cmd, List<String> types) {
        for (ArgSpec arg : cmd.getCommandSpec().args()) {
            types.add(arg.type().getName());
            for (Class<?> c : arg.auxiliaryTypes()) {
                types.add(c.getName());
            }
        }
        cmd.getSubcommands().values().forEach(sub -> collect(sub, types));
    }
}
