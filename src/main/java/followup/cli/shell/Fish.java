package followup.cli.shell;

import java.util.List;

/**
 * The fish completions: one {@code complete} line per command, option and positional parameter,
 * each guarded by a condition that walks the words typed so far (fish's own
 * {@code __fish_seen_subcommand_from} cannot tell an option's value from a subcommand).
 */
final class Fish {

    private Fish() {
    }

    static String script(List<CommandTree> tree) {
        StringBuilder sb = new StringBuilder();
        sb.append("# fish completion for followup. Generated from followup's command tree; do not edit.\n")
                .append("# Regenerate with ").append(Sh.REGENERATE).append(" (the same as: followup completion fish).\n")
                .append("# Use: copy it to ~/.config/fish/completions/followup.fish\n")
                .append("# Application ids are the file names in the data home, read by fish itself, and the names\n")
                .append("# after --to and --with are read from that application's file by awk: a TAB never waits\n")
                .append("# for Java.\n\n");

        sb.append("# The subcommands of command $argv[1] ('' is followup itself), one a line.\n")
                .append("function __followup_commands\n")
                .append("    switch \"$argv[1]\"\n");
        for (CommandTree command : tree) {
            if (!command.commands().isEmpty()) {
                sb.append("        case ").append(quote(command.path())).append("\n            printf '%s\\n'");
                command.commands().forEach(name -> sb.append(' ').append(quote(name)));
                sb.append('\n');
            }
        }
        sb.append("    end\n")
                .append("end\n\n");

        sb.append("# What the value of option $argv[2] of command $argv[1] takes (ids, files, dirs, text or\n")
                .append("# 'words W...'); fails when the option takes no value.\n")
                .append("function __followup_option_value\n")
                .append("    switch \"$argv[1] $argv[2]\"\n");
        Sh.optionValues(tree).forEach((code, keys) -> {
            List<String> patterns = keys.stream()
                    .map(k -> k[0] == null ? quote("* " + k[1]) : quote(k[0] + " " + k[1])).toList();
            sb.append("        case ").append(Sh.alternatives(patterns, " ", "            "))
                    .append("\n            echo ").append(quote(code)).append('\n');
        });
        sb.append("        case '*'\n")
                .append("            return 1\n")
                .append("    end\n")
                .append("end\n\n");

        sb.append("# Whether positional parameter $argv[2] (from 0) of command $argv[1] is an application id.\n")
                .append("function __followup_is_id\n")
                .append("    switch \"$argv[1]\"\n");
        for (CommandTree command : tree) {
            List<String> tests = command.positionals().stream()
                    .filter(p -> p.values().kind() == CommandTree.Kind.IDS)
                    .map(p -> p.unbounded() ? "test $argv[2] -ge " + p.from()
                            : p.from() == p.to() ? "test $argv[2] = " + p.from()
                            : "test $argv[2] -ge " + p.from() + " -a $argv[2] -le " + p.to())
                    .toList();
            if (!tests.isEmpty()) {
                sb.append("        case ").append(quote(command.path())).append("\n            ")
                        .append(String.join("; or ", tests)).append('\n');
            }
        }
        sb.append("        case '*'\n")
                .append("            return 1\n")
                .append("    end\n")
                .append("end\n\n");

        sb.append(Sh.insert(BODY, "@NAMES_AWK@", Sh.NAMES_AWK.replace("\\", "\\\\")));

        for (CommandTree command : tree) {
            sb.append("\n# ").append(command.qualifiedName()).append('\n');
            String at = "__followup_at " + quote(command.path());
            String first = "__followup_arg " + quote(command.path()) + " 0 0";
            for (String name : command.commands()) {
                String header = Sh.brief(Sh.subcommandHeader(tree, command, name));
                sb.append("complete -c followup -n ").append(doubleQuote(first))
                        .append(" -a ").append(quote(name)).append(" -d ").append(quote(header)).append('\n');
            }
            for (CommandTree.Option option : command.options()) {
                sb.append("complete -c followup -n ").append(doubleQuote(at));
                for (String name : option.names()) {
                    if (name.startsWith("--")) {
                        sb.append(" -l ").append(name.substring(2));
                    } else if (name.length() == 2) {
                        sb.append(" -s ").append(name.substring(1));
                    } else {
                        sb.append(" -o ").append(name.substring(1));
                    }
                }
                sb.append(switch (option.values().kind()) {
                    case FLAG -> "";
                    case FILES -> " -r -F";
                    case DIRS -> " -x -a '(__fish_complete_directories (commandline -ct))'";
                    case IDS -> " -x -a '(__followup_ids)'";
                    case NAMES -> " -x -a '(__followup_names)'";
                    case WORDS -> " -x -a " + quote(String.join(" ", option.values().words()));
                    case TEXT -> " -x";
                });
                sb.append(" -d ").append(quote(Sh.brief(option.description(), option.values()))).append('\n');
            }
            for (CommandTree.Positional p : command.positionals()) {
                String values = switch (p.values().kind()) {
                    case IDS -> " -a '(__followup_ids)'";
                    case NAMES -> " -a '(__followup_names)'";
                    case WORDS -> " -a " + quote(String.join(" ", p.values().words()));
                    case FILES -> " -F";
                    case DIRS -> " -a '(__fish_complete_directories (commandline -ct))'";
                    case FLAG, TEXT -> null;
                };
                if (values != null) {
                    String condition = "__followup_arg " + quote(command.path()) + " " + p.from() + " "
                            + (p.unbounded() ? -1 : p.to());
                    sb.append("complete -c followup -n ").append(doubleQuote(condition)).append(values)
                            .append(" -d ").append(quote(p.label())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A condition in double quotes, so the command path inside keeps its plain single quotes. */
    private static String doubleQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }

    /** Fish's single quotes: only backslash and the quote itself are special. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static final String BODY = """
            # What the words before the cursor say, one a line: the command ('' is followup itself),
            # how many positional parameters came, the --home typed, the option waiting for its value,
            # the application id typed.
            function __followup_state
                set -l cmd ''
                set -l home ''
                set -l want ''
                set -l id ''
                set -l n 0
                set -l ended 0
                set -l words (commandline -opc)
                set -e words[1]
                for w in $words
                    if test -n "$want"
                        test "$want" = --home; and set home $w
                        set want ''
                        continue
                    end
                    if test $ended = 0
                        switch $w
                            case --
                                set ended 1
                                continue
                            case '--home=*'
                                set home (string replace -- --home= '' $w)
                                continue
                            case '-*=*'
                                continue
                            case '-?*'
                                __followup_option_value "$cmd" $w >/dev/null; and set want $w
                                continue
                        end
                    end
                    if test $n = 0; and contains -- $w (__followup_commands "$cmd")
                        set cmd (string trim -- "$cmd $w")
                    else
                        __followup_is_id "$cmd" $n; and set id $w
                        set n (math $n + 1)
                    end
                end
                printf '%s\\n' "$cmd" $n "$home" "$want" "$id"
            end

            # Completing an option (or an option's value) of command $argv[1].
            function __followup_at
                set -l state (__followup_state)
                test "$state[1]" = "$argv[1]"
            end

            # Completing positional parameter $argv[2]..$argv[3] (-1: and the rest) of command $argv[1].
            function __followup_arg
                set -l state (__followup_state)
                test "$state[1]" = "$argv[1]" -a -z "$state[4]"
                and test $state[2] -ge $argv[2]
                and test $argv[3] = -1 -o $state[2] -le $argv[3]
            end

            # The data home: $argv[1], typed with --home, else $FOLLOWUP_HOME, else
            # $XDG_DATA_HOME/followup, else ~/.local/share/followup.
            function __followup_home
                set -l home $argv[1]
                if test -z "$home"
                    if test -n "$FOLLOWUP_HOME"
                        set home $FOLLOWUP_HOME
                    else if string match -q -- '/*' "$XDG_DATA_HOME"
                        set home $XDG_DATA_HOME/followup
                    else
                        set home $HOME/.local/share/followup
                    end
                end
                set home (string replace -r -- '^~(?=/|$)' $HOME $home)
                echo $home
            end

            # The application ids in the data home (see __followup_home).
            function __followup_ids
                set -l home (__followup_home (__followup_state)[3])
                # set, unlike a command, takes a glob that matches nothing
                set -l files $home/applications/*.yaml
                test (count $files) -gt 0; or return 0
                # only <id>.yaml files are applications; lock and temp files start with a dot
                string replace -r -- '^.*/' '' $files | string replace -r -- '\\.yaml$' '' \\
                    | string match -r -- '^[a-z0-9]+(?:-[a-z0-9]+)*$'
            end

            # The names in the file of the application whose id is on the line (contacts, interviewers);
            # none without one. fish filters them and quotes them for the line itself.
            function __followup_names
                set -l state (__followup_state)
                string match -qr -- '^[a-z0-9]+(?:-[a-z0-9]+)*$' "$state[5]"; or return 0
                set -l file (__followup_home $state[3])/applications/$state[5].yaml
                test -f $file -a -r $file; or return 0
                awk '
                    @NAMES_AWK@
                ' < $file
            end

            # no file names unless an option or parameter takes one
            complete -c followup -f
            """;
}
