package followup.cli.shell;

import followup.cli.Cli;
import followup.cli.Environment;
import followup.cli.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the build runs: {@code man FILE} writes the man page ({@code mvn package} → target/followup.1),
 * {@code completions DIR} writes the three completion scripts ({@code mvn -Pcompletions
 * process-classes} → completions/). Both from the same tree {@code followup} itself runs.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("man", "completions").contains(args[0])) {
            System.err.println("usage: Generate man FILE | completions DIR");
            System.exit(2);
        }
        CommandSpec root = tree();
        Path target = Path.of(args[1]);
        if (args[0].equals("man")) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, ManPage.of(root, new Version().getVersion()[0]), StandardCharsets.UTF_8);
        } else {
            Files.createDirectories(target);
            for (Shell shell : Shell.values()) {
                Files.writeString(target.resolve(shell.fileName()), shell.script(root), StandardCharsets.UTF_8);
            }
        }
        System.out.println("wrote " + target);
    }

    /** The command tree, as {@code Cli} builds it, with an environment that nothing reads. */
    public static CommandSpec tree() {
        Environment nothing = new Environment(Map.of(), LocalDate::now, false, false, 0,
                () -> {
                    throw new IllegalStateException("no prompts while generating");
                },
                (command, file) -> {
                    throw new IllegalStateException("no editor while generating");
                });
        StringWriter sink = new StringWriter();
        return Cli.commandLine(nothing, new PrintWriter(sink), new PrintWriter(sink)).getCommandSpec();
    }
}
