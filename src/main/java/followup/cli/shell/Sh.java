package followup.cli.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts bash and zsh share: quoting, and the two tables (as {@code case} statements, which
 * both shells read alike) that say what an option's value and each positional parameter take.
 */
final class Sh {

    static final String REGENERATE = "mvn -B -q -Pcompletions process-classes";

    private Sh() {
    }

    /** {@code it's} → {@code 'it'\''s'}. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * The options that take a value, as "COMMAND OPTION" keys grouped by what the value takes
     * ({@link CommandTree.Values#code()}). An option every command has the same way (the inherited
     * ones) has the key {@code null} for its command: any command.
     */
    static Map<String, List<String[]>> optionValues(List<CommandTree> tree) {
        Map<String, List<String[]>> byCode = new LinkedHashMap<>();
        for (CommandTree command : tree) {
            for (CommandTree.Option option : command.options()) {
                if (!option.takesValue()) {
                    continue;
                }
                for (String name : option.names()) {
                    boolean everywhere = tree.stream().allMatch(c -> c.option(name)
                            .map(o -> o.values().equals(option.values())).orElse(false));
                    String[] key = {everywhere ? null : command.path(), name};
                    List<String[]> keys = byCode.computeIfAbsent(option.values().code(), k -> new ArrayList<>());
                    if (keys.stream().noneMatch(k -> java.util.Arrays.equals(k, key))) {
                        keys.add(key);
                    }
                }
            }
        }
        return byCode;
    }

    /** {@code a|b|c} or {@code 'a' 'b' 'c'}, broken into continued lines before column 100. */
    static String alternatives(List<String> patterns, String separator, String indent) {
        StringBuilder sb = new StringBuilder();
        int column = indent.length();
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (i > 0) {
                sb.append(separator);
                column += separator.length();
                if (column + p.length() > 96) {
                    sb.append("\\\n").append(indent);
                    column = indent.length();
                }
            }
            sb.append(p);
            column += p.length();
        }
        return sb.toString();
    }

    /**
     * {@code __followup_option_value CMD OPTION}: sets REPLY to what the option's value takes
     * ({@code dirs}, {@code words a b}, ...), or returns 1 for an option that takes none. An option
     * every command has is matched as {@code *' --home'}.
     */
    static String optionValueFunction(List<CommandTree> tree) {
        StringBuilder sb = new StringBuilder();
        sb.append("# What the value of option $2 of command $1 ('' is followup itself) takes: sets REPLY to\n")
                .append("# ids, files, dirs, text or 'words W...'; returns 1 when the option takes no value.\n")
                .append("__followup_option_value() {\n")
                .append("    case \"$1 $2\" in\n");
        optionValues(tree).forEach((code, keys) -> {
            List<String> patterns = keys.stream()
                    .map(k -> k[0] == null ? "*" + quote(" " + k[1]) : quote(k[0] + " " + k[1])).toList();
            sb.append("        ").append(alternatives(patterns, "|", "        "))
                    .append(") REPLY=").append(quote(code)).append(" ;;\n");
        });
        sb.append("        *) return 1 ;;\n")
                .append("    esac\n")
                .append("}\n");
        return sb.toString();
    }

    /** {@code __followup_positional CMD N}: sets REPLY to what the Nth (from 0) positional parameter takes. */
    static String positionalFunction(List<CommandTree> tree) {
        StringBuilder sb = new StringBuilder();
        sb.append("# What positional parameter $2 (from 0) of command $1 takes, as for options.\n")
                .append("__followup_positional() {\n")
                .append("    local n=$2\n")
                .append("    case $1 in\n");
        for (CommandTree command : tree) {
            if (command.positionals().isEmpty()) {
                continue;
            }
            sb.append("        ").append(quote(command.path())).append(")\n");
            String keyword = "if";
            for (CommandTree.Positional p : command.positionals()) {
                sb.append("            ").append(keyword).append(" ((").append(condition(p)).append(")); then REPLY=")
                        .append(quote(p.values().code())).append('\n');
                keyword = "elif";
            }
            sb.append("            else return 1; fi ;;\n");
        }
        sb.append("        *) return 1 ;;\n")
                .append("    esac\n")
                .append("}\n");
        return sb.toString();
    }

    private static String condition(CommandTree.Positional p) {
        if (p.unbounded()) {
            return "n >= " + p.from();
        }
        return p.from() == p.to() ? "n == " + p.from() : "n >= " + p.from() + " && n <= " + p.to();
    }

    /**
     * A one-line description for a completion menu: the first sentence, without its full stop, and
     * without the list of values the menu shows anyway ("Only this status: applied, ...").
     */
    static String brief(String description, CommandTree.Values values) {
        if (values.kind() == CommandTree.Kind.WORDS) {
            description = description.replace(": " + String.join(", ", values.words()), "");
        }
        return brief(description);
    }

    /** A one-line description for a completion menu: the first sentence, without its full stop. */
    static String brief(String description) {
        String line = description.lines().findFirst().orElse("").strip();
        int stop = line.indexOf(". ");
        if (stop > 0) {
            line = line.substring(0, stop);
        }
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** The header of subcommand {@code name} of {@code parent} (an alias's is its command's). */
    static String subcommandHeader(List<CommandTree> tree, CommandTree parent, String name) {
        var spec = parent.spec().subcommands().get(name).getCommandSpec();
        return tree.stream().filter(c -> c.spec() == spec).findFirst().map(CommandTree::header).orElse("");
    }

    /**
     * The awk program that prints the names in an application file read on stdin, one a line, each
     * once, in the file's order: the {@code name:} of each of {@code contacts}, and the people of each
     * of {@code interviews}' {@code with:} (a {@code [flow, list]}, even over several lines, or a
     * block list), plain or quoted, without comments. With {@code FOLLOWUP_PREFIX} in the environment,
     * only the names that start with it, ignoring (ASCII) case. POSIX awk only (mawk, BWK awk on
     * macOS, gawk, busybox); no single quote in it, so every shell can hold it in single quotes.
     */
    static final String NAMES_AWK = """
            function emit(v) {
                sub(/^[ \\t]+/, "", v)
                sub(/[ \\t]+$/, "", v)
                if (v == "" || v == "~" || v == "null" || v in seen) return
                seen[v] = 1
                if (tolower(substr(v, 1, length(p))) == tolower(p)) print v
            }
            # The scalar at the start of s without its quotes; plain, it ends at a comment (in a flow list, at
            # a comma or a bracket too). What follows it is left in rest.
            function scalar(s, flow,   q, c, v, i, n) {
                sub(/^[ \\t]+/, "", s)
                n = length(s)
                q = substr(s, 1, 1)
                if (q == "\\"" || q == "\\047") {
                    v = ""
                    for (i = 2; i <= n; i++) {
                        c = substr(s, i, 1)
                        if (c == q && q == "\\047" && substr(s, i + 1, 1) == q) {
                            i++
                        } else if (c == q) {
                            break
                        } else if (c == "\\\\" && q == "\\"" && i < n) {
                            c = substr(s, ++i, 1)
                        }
                        v = v c
                    }
                    rest = substr(s, i + 1)
                    return v
                }
                for (i = 1; i <= n; i++) {
                    c = substr(s, i, 1)
                    if (flow && (c == "," || c == "]")) break
                    if (c == "#" && (i == 1 || substr(s, i - 1, 1) ~ /[ \\t]/)) break
                }
                rest = substr(s, i)
                return substr(s, 1, i - 1)
            }
            # The names of a flow list from s (after its "["); 1 when the list ends on this line.
            function flow(s,   c) {
                while (1) {
                    sub(/^[ \\t,]+/, "", s)
                    c = substr(s, 1, 1)
                    if (c == "]") return 1
                    if (c == "" || c == "#") return 0
                    emit(scalar(s, 1))
                    s = rest
                }
            }
            BEGIN { p = ENVIRON["FOLLOWUP_PREFIX"]; block = -1 }
            { sub(/\\r$/, "") }
            /^[^ \\t#-]/ { key = $0; sub(/[ \\t]*:.*/, "", key); inflow = 0; block = -1; next }
            inflow { inflow = !flow($0); next }
            block >= 0 {
                if ($0 ~ /^[ \\t]*(#.*)?$/) next
                match($0, /^ */)
                if (RLENGTH >= block && $0 ~ /^ *- /) {
                    s = $0
                    sub(/^ *- /, "", s)
                    emit(scalar(s, 0))
                    next
                }
                block = -1
            }
            key == "contacts" && /^[ \\t]*(- +)?name:/ {
                s = $0
                sub(/^[ \\t]*(- +)?name:/, "", s)
                emit(scalar(s, 0))
            }
            key == "interviews" && /^[ \\t]*(- +)?with:/ {
                match($0, /with:/)
                col = RSTART - 1
                s = substr($0, RSTART + 5)
                sub(/^[ \\t]+/, "", s)
                if (substr(s, 1, 1) == "[") inflow = !flow(substr(s, 2))
                else if (s == "" || substr(s, 1, 1) == "#") block = col
                else emit(scalar(s, 0))
            }
            """;

    /** The data home when none is typed, as followup finds it (bash and zsh read alike). */
    private static final String DEFAULT_HOME = """
            if [[ -z $home ]]; then
                if [[ -n $FOLLOWUP_HOME ]]; then
                    home=$FOLLOWUP_HOME
                elif [[ $XDG_DATA_HOME == /* ]]; then
                    home=$XDG_DATA_HOME/followup
                else
                    home=$HOME/.local/share/followup
                fi
            fi
            """;

    /**
     * One word before the cursor, in the walk over them (bash and zsh read alike): an option's
     * value (--home's is kept; bash splits --home=DIR into three words, the middle one '='), the
     * end of options, an option (whose value comes next when it takes one); any other word falls
     * through to the subcommand-or-positional step that follows.
     */
    private static final String WORD = """
            if [[ -n $want ]]; then
                [[ $w == = ]] && continue # bash splits --home=DIR into three words
                [[ $want == --home ]] && home=$w
                want=''
                continue
            fi
            if ((!ended)); then
                case $w in
                    --) ended=1; continue ;;
                    --home=*) home=${w#--home=}; continue ;;
                    -*=*) continue ;;
                    -?*) __followup_option_value "$cmd" "$w" && want=$w; continue ;;
                esac
            fi
            """;

    /**
     * {@code body} with the shared pieces put in where it says @DEFAULT_HOME@, @WORD@ and @NAMES_AWK@,
     * at their indent.
     */
    static String shared(String body) {
        return insert(insert(insert(body, "@DEFAULT_HOME@", DEFAULT_HOME), "@WORD@", WORD), "@NAMES_AWK@", NAMES_AWK);
    }

    static String insert(String body, String placeholder, String snippet) {
        Matcher m = Pattern.compile("(?m)^( *)" + Pattern.quote(placeholder) + "\n").matcher(body);
        return m.replaceAll(r -> Matcher.quoteReplacement(snippet.indent(r.group(1).length())));
    }
}
