package followup.cli.shell;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shells followup completes in, each with the file its script is kept in under
 * {@code completions/}. The scripts are written from the live command tree every time, so
 * {@code followup completion SHELL} always matches the commands of the binary that prints it; a
 * test keeps the committed copies equal to that output.
 */
public enum Shell {
    BASH("followup.bash"),
    ZSH("_followup"),
    FISH("followup.fish");

    private final String fileName;

    Shell(String fileName) {
        this.fileName = fileName;
    }

    /** The name typed on the command line: {@code bash}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file under {@code completions/}. */
    public String fileName() {
        return fileName;
    }

    /** The completion script for the tree under {@code root}. */
    public String script(CommandSpec root) {
        List<CommandTree> tree = CommandTree.walk(root);
        return switch (this) {
            case BASH -> Bash.script(tree);
            case ZSH -> Zsh.script(tree);
            case FISH -> Fish.script(tree);
        };
    }

    public static Optional<Shell> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.id().equals(text)).findFirst();
    }

    /** Shell names, for help and for completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(Shell::id).iterator();
        }
    }
}
