package followup.cli.shell;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The man page {@code followup.1}, in troff with the man macros, written straight from the command
 * tree (every command's synopsis, header, description, options and examples, and the root's exit
 * codes) plus what the tree cannot say: files, environment, a cron example. Writing troff directly
 * keeps the build small and fast: no AsciiDoc toolchain for one page.
 */
public final class ManPage {

    private ManPage() {
    }

    private static final List<String[]> FILES = List.of(
            new String[] {"~/.local/share/followup/applications/\\fIID\\fP.yaml",
                "One file per application, named by its id. The data home is \\fB--home\\fP \\fIDIR\\fP, else "
                    + "\\fB$FOLLOWUP_HOME\\fP, else \\fB$XDG_DATA_HOME/followup\\fP, else \\fB~/.local/share/followup\\fP. "
                    + "Files whose names start with a dot (locks, copies being written) are not applications."},
            new String[] {"~/.config/followup/config.yaml",
                "The config: your name and email for drafts, work days, the playbook's delays. It is "
                    + "\\fB$XDG_CONFIG_HOME/followup/config.yaml\\fP when that is set, and \\fIHOME\\fP/config.yaml "
                    + "when the data home is given with \\fB--home\\fP or \\fB$FOLLOWUP_HOME\\fP."},
            new String[] {"~/.config/followup/templates/\\fIKIND\\fP.mustache",
                "Your own draft templates, beside the config file; each overrides the built-in one of its kind."},
            new String[] {"~/.cache/followup/",
                "Caches (\\fB$XDG_CACHE_HOME/followup\\fP when that is set); safe to delete."});

    private static final List<String[]> ENVIRONMENT = List.of(
            new String[] {"FOLLOWUP_HOME", "The data home, when \\fB--home\\fP is not given."},
            new String[] {"XDG_DATA_HOME", "The data home is \\fB$XDG_DATA_HOME/followup\\fP when neither "
                + "\\fB--home\\fP nor \\fB$FOLLOWUP_HOME\\fP is given (default \\fB~/.local/share\\fP)."},
            new String[] {"XDG_CONFIG_HOME", "The config and templates live in \\fB$XDG_CONFIG_HOME/followup\\fP "
                + "(default \\fB~/.config\\fP)."},
            new String[] {"XDG_CACHE_HOME", "Caches live in \\fB$XDG_CACHE_HOME/followup\\fP (default \\fB~/.cache\\fP)."},
            new String[] {"NO_COLOR", "When set to anything, no colour (as \\fB--no-color\\fP). Output that is not "
                + "a terminal is never coloured."},
            new String[] {"VISUAL, EDITOR", "The editor \\fBfollowup edit\\fP runs (\\fB$VISUAL\\fP first), "
                + "through \\fBsh -c\\fP, so \\fBcode --wait\\fP works; \\fBvi\\fP when neither is set."},
            new String[] {"FOLLOWUP_DEBUG", "When 1, stack traces on errors (as \\fB--debug\\fP)."},
            new String[] {"FOLLOWUP_TRACE", "When 1, \\fBtoday\\fP prints how long each of its phases took, "
                + "to stderr (see Speed in the README)."},
            new String[] {"JAVA_HOME", "The launcher runs \\fB$JAVA_HOME/bin/java\\fP when it exists, else "
                + "\\fBjava\\fP from \\fBPATH\\fP (Java 17 or newer)."},
            new String[] {"LANG, LC_ALL, LC_CTYPE", "Need not be set: text is UTF-8 in files, arguments and "
                + "output whatever the locale, also under cron."});

    /** The whole page for the tree under {@code root}, stamped with {@code version} ("followup 1.2.0"). */
    public static String of(CommandSpec root, String version) {
        List<CommandTree> tree = CommandTree.walk(root);
        CommandTree top = tree.get(0);
        StringBuilder sb = new StringBuilder();
        sb.append(".\\\" Generated from followup's command tree by the build; do not edit.\n")
                .append(".TH FOLLOWUP 1 \"\" ").append(quoted(version)).append(" \"User Commands\"\n")
                // no hyphenation (an option broken over two lines cannot be copied), ragged right
                .append(".nh\n.ad l\n")
                .append(".SH NAME\n")
                .append("followup \\- ").append(text(lowerFirst(stripStop(top.header())))).append('\n');

        sb.append(".SH SYNOPSIS\n")
                .append("\\fBfollowup\\fP").append(synopsisOptions(top, false)).append(" \\fICOMMAND\\fP [\\fIARGS\\fP]\n");
        for (CommandTree command : tree.subList(1, tree.size())) {
            sb.append(".br\n").append(synopsis(command)).append('\n');
        }

        sb.append(".SH DESCRIPTION\n");
        paragraphs(sb, CommandTree.text(top.spec().usageMessage().description()));
        sb.append(".PP\nThe global options may come before or after the command.\n");

        sb.append(".SH OPTIONS\n");
        options(sb, top.options());

        sb.append(".SH COMMANDS\n");
        for (CommandTree command : tree.subList(1, tree.size())) {
            sb.append(".SS ").append(quoted(command.qualifiedName())).append('\n')
                    .append(synopsis(command)).append('\n')
                    .append(".PP\n").append(text(command.header())).append('\n');
            paragraphs(sb, CommandTree.text(command.spec().usageMessage().description()));
            // -h and -V are the root's, listed under OPTIONS
            List<CommandTree.Option> local = command.options().stream().filter(o -> o.local() && !isHelp(o)).toList();
            for (CommandTree.Positional p : command.positionals()) {
                sb.append(".TP\n\\fI").append(text(p.label())).append("\\fP\n").append(text(p.description())).append('\n');
            }
            options(sb, local);
            footer(sb, command.spec());
        }

        sb.append(".SH EXIT STATUS\n");
        for (Map.Entry<String, String> e : top.spec().usageMessage().exitCodeList().entrySet()) {
            sb.append(".TP\n.B ").append(text(e.getKey().strip())).append('\n')
                    .append(text(CommandTree.text(new String[] {e.getValue()}))).append('\n');
        }

        sb.append(".SH FILES\n");
        terms(sb, FILES, "\\fI", "\\fP");
        sb.append(".SH ENVIRONMENT\n");
        terms(sb, ENVIRONMENT, "\\fB", "\\fP");

        sb.append(".SH EXAMPLES\n")
                .append("Each morning, see what to send:\n");
        example(sb, List.of("followup today"));
        sb.append("Record an interview, then what you sent:\n");
        example(sb, List.of("followup add \"Acme Corp\" --role \"Backend Engineer\" --interview today --decision-by \"7-10 days\"",
                "followup log acme-corp thanks"));
        sb.append("Let cron mail you only on days when something is due (see \\fBcrontab\\fP(5)):\n");
        example(sb, List.of("PATH=/usr/local/bin:/usr/bin:/bin",
                "0 8 * * 1-5  $HOME/.local/bin/followup today --quiet"));
        if (top.commands().contains("git")) {
            sb.append("Keep the data home under git, like \\fBpass\\fP(1):\n");
            example(sb, List.of("followup git init"));
        }
        sb.append(".SH SEE ALSO\n")
                .append("\\fBcrontab\\fP(5), \\fBgit\\fP(1), \\fBbash\\fP(1), \\fBzsh\\fP(1), \\fBfish\\fP(1)\n");
        return sb.toString();
    }

    private static String synopsis(CommandTree command) {
        StringBuilder sb = new StringBuilder("\\fB").append(text(command.qualifiedName())).append("\\fP");
        sb.append(synopsisOptions(command, true));
        if (!command.commands().isEmpty()) {
            sb.append(" \\fICOMMAND\\fP");
        }
        for (CommandTree.Positional p : command.positionals()) {
            String label = "\\fI" + text(p.label()) + "\\fP" + (p.unbounded() ? "..." : "");
            sb.append(' ').append(p.required() ? label : "[" + label + "]");
        }
        return sb.toString().strip();
    }

    /** {@code [--days N] [--json]}: a command's own options, or all of the root's. */
    private static String synopsisOptions(CommandTree command, boolean localOnly) {
        StringBuilder sb = new StringBuilder();
        for (CommandTree.Option o : command.options()) {
            if (isHelp(o) || (localOnly && !o.local())) {
                continue;
            }
            // unbreakable spaces keep each [--option VALUE] on one line
            String name = "\\fB" + text(o.names().get(o.names().size() - 1)) + "\\fP";
            String value = o.takesValue() ? "\\ \\fI" + text(o.label()).replace(" ", "\\ ") + "\\fP" : "";
            sb.append(" [").append(name).append(value).append(']');
        }
        return sb.toString();
    }

    private static boolean isHelp(CommandTree.Option o) {
        return o.names().contains("--help") || o.names().contains("--version");
    }

    private static void options(StringBuilder sb, List<CommandTree.Option> options) {
        for (CommandTree.Option o : options) {
            sb.append(".TP\n");
            for (int i = 0; i < o.names().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append("\\fB").append(text(o.names().get(i))).append("\\fP");
            }
            if (o.takesValue()) {
                sb.append(" \\fI").append(text(o.label())).append("\\fP");
            }
            sb.append('\n').append(text(o.description())).append('\n');
        }
    }

    /** A footer headed "Examples" becomes an indented, unfilled block; any other footer, paragraphs. */
    private static void footer(StringBuilder sb, CommandSpec spec) {
        String heading = CommandTree.text(new String[] {spec.usageMessage().footerHeading()}).strip();
        String footer = CommandTree.text(spec.usageMessage().footer());
        if (footer.isBlank()) {
            return;
        }
        if (heading.startsWith("Example")) {
            sb.append(".PP\nExamples:\n");
            example(sb, footer.stripIndent().lines().toList());
        } else {
            paragraphs(sb, footer);
        }
    }

    private static void example(StringBuilder sb, List<String> lines) {
        sb.append(".PP\n.RS 4\n.nf\n");
        for (String line : lines) {
            sb.append(text(line)).append('\n');
        }
        sb.append(".fi\n.RE\n.PP\n");
    }

    private static void paragraphs(StringBuilder sb, String text) {
        for (String paragraph : text.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                sb.append(".PP\n").append(text(paragraph.strip())).append('\n');
            }
        }
    }

    /** Terms already in troff (they carry their own fonts) and descriptions with \fB markup. */
    private static void terms(StringBuilder sb, List<String[]> entries, String font, String end) {
        for (String[] e : entries) {
            sb.append(".TP\n").append(font).append(markup(e[0])).append(end).append('\n')
                    .append(markup(e[1])).append('\n');
        }
    }

    /** Escapes text that already holds \f font changes: everything but those. */
    private static String markup(String s) {
        return text(s).replace("\\e", "\\");
    }

    /**
     * Plain text as troff: backslashes and hyphens escaped (so options copy and paste as typed),
     * non-ASCII as {@code \[uXXXX]}, and a line that would start with a control character guarded.
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (lineStart && (c == '.' || c == '\'')) {
                sb.append("\\&");
            }
            lineStart = c == '\n';
            if (c == '\\') {
                sb.append("\\e");
            } else if (c == '-') {
                sb.append("\\-");
            } else if (c > 0x7e) {
                sb.append(String.format("\\[u%04X]", c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static String quoted(String s) {
        return "\"" + text(s).replace("\"", "\\(dq") + "\"";
    }

    private static String stripStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
