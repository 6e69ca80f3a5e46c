package followup.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The options of every command, valid before or after the subcommand: the one table of them.
 * {@link Cli} makes picocli's model of the root from it, {@link Arguments} reads a command line
 * by it without picocli, and {@link RootCommand} keeps what each was given under its constant
 * (GlobalOptionTest holds the table and picocli's model equal). A new global option is one more
 * constant here; the code that uses it reads it with {@link RootCommand#given}.
 */
enum GlobalOption {

    HOME(Path.class, "DIR", "The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup).",
            "--home"),
    AS_OF(String.class, "DATE", "Evaluate as if today were DATE.", "--as-of"),
    NO_COLOR(boolean.class, null, "No colour (also when NO_COLOR is set or stdout is not a terminal).", "--no-color"),
    DEBUG(boolean.class, null, "Show stack traces on errors (also FOLLOWUP_DEBUG=1).", "--debug"),
    /** picocli's own ({@code mixinStandardHelpOptions}): the help of the command it follows. */
    HELP(boolean.class, null, null, "-h", "--help"),
    /** picocli's own, as {@link #HELP}: the version ({@link Version}). */
    VERSION(boolean.class, null, null, "-V", "--version");

    /** The type of its value, as picocli converts it: {@code boolean} for a flag. */
    final Class<?> type;
    final String label;
    /** Its line in {@code --help}; null for picocli's own, which picocli describes. */
    final String description;
    final List<String> names;

    GlobalOption(Class<?> type, String label, String description, String... names) {
        this.type = type;
        this.label = label;
        this.description = description;
        this.names = List.of(names);
    }

    /** The option one of whose names this is, or null. */
    static GlobalOption named(String name) {
        for (GlobalOption o : values()) {
            if (o.names.contains(name)) {
                return o;
            }
        }
        return null;
    }

    boolean takesValue() {
        return type != boolean.class;
    }

    /** Whether picocli adds it itself, with the standard help options, rather than {@link #spec}. */
    boolean standard() {
        return description == null;
    }

    /**
     * The value {@code text} gives this option, as picocli would convert it; a flag's value is
     * {@code true}. Throws IllegalArgumentException where picocli would word an error.
     */
    Object value(String text) {
        if (type == boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Path.class) {
            return Path.of(text);
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalStateException(this + ": no conversion for " + type); // GlobalOptionTest tries every one
    }

    /** picocli's model of this option on {@code root}, which keeps its value (not for {@link #standard} ones). */
    OptionSpec spec(RootCommand root) {
        OptionSpec.Builder b = OptionSpec.builder(names.toArray(new String[0])).type(type).description(description)
                .scopeType(ScopeType.INHERIT).getter(root.binding(this)).setter(root.binding(this));
        if (label != null) {
            b.paramLabel(label);
        }
        // as an annotated field: reset before each parse, a flag to false
        return b.initialValue(type == boolean.class ? Boolean.FALSE : null).hasInitialValue(true).build();
    }
}
