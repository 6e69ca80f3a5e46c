package followup.cli.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command tree as the completion scripts and the man page see it, read from picocli's
 * {@link CommandSpec}s: so a command registered in {@code Cli.commandLine} appears in both without
 * anyone touching this package.
 *
 * <p>What a value completes to is read from the annotations: completion candidates (set by hand
 * or by picocli for an enum) give a word list; a <em>positional</em> parameter labelled {@code ID}
 * is an application id; a value labelled {@code NAME} ({@code log --with}, {@code draft --to}) is a
 * person's name, completed from the file of the application whose id is on the line; a
 * {@code Path}/{@code File} or a label {@code FILE}/{@code DIR} is a file or folder. An option labelled
 * {@code ID} ({@code add --id}) names a new id, so it is free text.
 */
public record CommandTree(String path, String name, String header, List<String> commands,
        List<Option> options, List<Positional> positionals, CommandSpec spec) {

    /** What a value may be. */
    public enum Kind { FLAG, TEXT, WORDS, IDS, NAMES, FILES, DIRS }

    /** The values an option or a positional parameter takes. */
    public record Values(Kind kind, List<String> words) {
        /** The value's word for the generated scripts: {@code ids}, {@code words a b c}, ... */
        public String code() {
            return kind == Kind.WORDS ? "words " + String.join(" ", words) : kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Option(List<String> names, String label, Values values, String description, boolean local) {
        public boolean takesValue() {
            return values.kind() != Kind.FLAG;
        }
    }

    /** Positional parameters {@code from} to {@code to} (inclusive; {@link Integer#MAX_VALUE} for "and the rest"). */
    public record Positional(int from, int to, String label, boolean required, Values values, String description) {
        public boolean unbounded() {
            return to == Integer.MAX_VALUE;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("%(n|%)");

    /** Every command from the root down, depth first, in the order they were registered. */
    public static List<CommandTree> walk(CommandSpec root) {
        List<CommandTree> all = new ArrayList<>();
        walk(root, "", all);
        return all;
    }

    private static void walk(CommandSpec spec, String path, List<CommandTree> into) {
        List<String> names = new ArrayList<>();
        List<CommandSpec> children = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            CommandSpec child = e.getValue().getCommandSpec();
            if (child.usageMessage().hidden()) {
                continue;
            }
            names.add(e.getKey()); // aliases complete too
            if (e.getKey().equals(child.name())) {
                children.add(child);
            }
        }
        List<Option> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                options.add(new Option(List.of(o.names()), label(o), values(o), text(o.renderedDescription()), !o.inherited()));
            }
        }
        List<Positional> positionals = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            CommandLine.Range index = p.index();
            boolean rest = index.max() == Integer.MAX_VALUE || p.arity().max() > 1;
            positionals.add(new Positional(index.min(), rest ? Integer.MAX_VALUE : index.max(), label(p),
                    p.arity().min() > 0, values(p), text(p.renderedDescription())));
        }
        into.add(new CommandTree(path, spec.name(), text(spec.usageMessage().header()), List.copyOf(names),
                List.copyOf(options), List.copyOf(positionals), spec));
        for (CommandSpec child : children) {
            walk(child, path.isEmpty() ? child.name() : path + " " + child.name(), into);
        }
    }

    private static String label(ArgSpec a) {
        return a.paramLabel().replaceAll("^<|>$", "");
    }

    static Values values(ArgSpec a) {
        if (a.isOption() && a.arity().max() == 0) {
            return new Values(Kind.FLAG, List.of());
        }
        Iterable<String> candidates = a.completionCandidates();
        if (candidates != null) {
            List<String> words = new ArrayList<>();
            for (Iterator<String> it = candidates.iterator(); it.hasNext();) {
                words.add(it.next());
            }
            if (!words.isEmpty()) {
                return new Values(Kind.WORDS, List.copyOf(words));
            }
        }
        String label = label(a);
        if (a.isPositional() && label.equals("ID")) {
            return new Values(Kind.IDS, List.of());
        }
        if (label.equals("NAME")) {
            return new Values(Kind.NAMES, List.of());
        }
        boolean path = false;
        // a list of paths (inbox PATH...) is paths too: picocli keeps the element type apart
        for (Class<?> t : a.isMultiValue() ? a.auxiliaryTypes() : new Class<?>[] {a.type()}) {
            path |= Path.class.isAssignableFrom(t) || File.class.isAssignableFrom(t);
        }
        if (label.equals("DIR")) {
            return new Values(Kind.DIRS, List.of());
        }
        if (path || label.equals("FILE")) {
            return new Values(Kind.FILES, List.of());
        }
        return new Values(Kind.TEXT, List.of());
    }

    /** Help text as printed: picocli's {@code %n} and {@code %%} resolved, lines joined by newlines. */
    static String text(String[] lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            Matcher m = FORMAT.matcher(line);
            sb.append(m.replaceAll(r -> r.group(1).equals("n") ? "\n" : "%"));
        }
        return sb.toString();
    }

    /** The command itself, at the root: {@code followup}, {@code followup show}. */
    public String qualifiedName() {
        return spec.qualifiedName();
    }

    /** This command's option spelled {@code name}, if any. */
    public java.util.Optional<Option> option(String name) {
        return options.stream().filter(o -> o.names().contains(name)).findFirst();
    }

    /** What the {@code index}-th positional parameter (from 0) takes, if anything. */
    public java.util.Optional<Positional> positional(int index) {
        return positionals.stream().filter(p -> index >= p.from() && index <= p.to()).findFirst();
    }
}
