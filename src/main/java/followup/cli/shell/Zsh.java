package followup.cli.shell;

import java.util.List;

/**
 * The zsh completion function {@code _followup}: the same walk as bash's, answering through
 * compsys ({@code _describe} shows each command's and option's description).
 */
final class Zsh {

    private Zsh() {
    }

    static String script(List<CommandTree> tree) {
        StringBuilder sb = new StringBuilder();
        sb.append("#compdef followup\n")
                .append("#\n")
                .append("# zsh completion for followup. Generated from followup's command tree; do not edit.\n")
                .append("# Regenerate with ").append(Sh.REGENERATE).append(" (the same as: followup completion zsh).\n")
                .append("# Use: save it as _followup in a folder on $fpath before compinit runs, e.g.\n")
                .append("#   mkdir -p ~/.zfunc && cp _followup ~/.zfunc/\n")
                .append("#   and in ~/.zshrc: fpath=(~/.zfunc $fpath); autoload -Uz compinit; compinit\n")
                .append("# or, after compinit: source <(followup completion zsh)\n")
                .append("# Application ids are the file names in the data home, read by zsh itself, and the names\n")
                .append("# after --to and --with are read from that application's file by awk: a TAB never waits\n")
                .append("# for Java.\n\n");

        sb.append("# The subcommands of command $1 ('' is followup itself), as name:description in reply.\n")
                .append("__followup_commands() {\n")
                .append("    case $1 in\n");
        for (CommandTree command : tree) {
            if (command.commands().isEmpty()) {
                continue;
            }
            sb.append("        ").append(Sh.quote(command.path())).append(") reply=(");
            for (String name : command.commands()) {
                String header = Sh.brief(Sh.subcommandHeader(tree, command, name));
                sb.append("\n            ").append(Sh.quote(name + ":" + header));
            }
            sb.append(") ;;\n");
        }
        sb.append("        *) reply=() ;;\n")
                .append("    esac\n")
                .append("}\n\n");

        sb.append("# The options of command $1, as name:description in reply.\n")
                .append("__followup_options() {\n")
                .append("    case $1 in\n");
        for (CommandTree command : tree) {
            sb.append("        ").append(Sh.quote(command.path())).append(") reply=(");
            for (CommandTree.Option option : command.options()) {
                for (String name : option.names()) {
                    sb.append("\n            ").append(Sh.quote(name + ":" + Sh.brief(option.description(), option.values())));
                }
            }
            sb.append(") ;;\n");
        }
        sb.append("        *) reply=() ;;\n")
                .append("    esac\n")
                .append("}\n\n");

        sb.append(Sh.optionValueFunction(tree)).append('\n');
        sb.append(Sh.positionalFunction(tree)).append('\n');
        sb.append(Sh.shared(BODY));
        return sb.toString();
    }

    private static final String BODY = """
            # The data home: $1, typed with --home, else $FOLLOWUP_HOME, else $XDG_DATA_HOME/followup,
            # else ~/.local/share/followup; in REPLY.
            __followup_home() {
                local home=$1
                @DEFAULT_HOME@
                [[ $home == \\~ || $home == \\~/* ]] && home=$HOME${home#\\~}
                REPLY=$home
            }

            # The application ids in data home $1 (see __followup_home), in reply.
            __followup_ids() {
                emulate -L zsh
                setopt extended_glob
                local home REPLY
                __followup_home "$1"
                home=$REPLY
                # (N): no match is no error; :t:r keeps the name without .yaml. Only <id>.yaml files
                # are applications; lock and temp files start with a dot.
                reply=($home/applications/*.yaml(N:t:r))
                reply=(${(M)reply:#[a-z0-9]##(-[a-z0-9]##)#})
            }

            # The names in application $2's file in data home $1 (contacts, interviewers), in reply;
            # none without an application.
            __followup_names() {
                emulate -L zsh
                setopt extended_glob
                local file REPLY
                reply=()
                [[ $2 == [a-z0-9]##(-[a-z0-9]##)# ]] || return 0
                __followup_home "$1"
                file=$REPLY/applications/$2.yaml
                [[ -f $file && -r $file ]] || return 0
                reply=(${(f)"$(awk '
                    @NAMES_AWK@
                ' < $file)"})
            }

            # Offers values of kind $1 (see __followup_option_value) from data home $2, for
            # application $3 (the id typed on the line, if any).
            __followup_values() {
                local -a reply
                case $1 in
                    ids) __followup_ids "$2"; _wanted ids expl 'application id' compadd -a reply ;;
                    # compadd quotes each name for the line; the matcher ignores case
                    names) __followup_names "$2" "$3"
                        _wanted names expl 'name' compadd -M 'm:{a-zA-Z}={A-Za-z}' -a reply ;;
                    files) _files ;;
                    dirs) _files -/ ;;
                    words\\ *) reply=(${=1#words }); _wanted values expl 'value' compadd -a reply ;;
                esac
            }

            _followup() {
                emulate -L zsh
                setopt extended_glob
                local cmd='' home='' want='' id='' w REPLY expl
                local -a reply
                integer i n=0 ended=0
                # Walk the words before the cursor: the subcommand, how many positional parameters
                # came, the --home typed, the application id typed, and whether an option still waits
                # for its value.
                for ((i = 2; i < CURRENT; i++)); do
                    w=${(Q)words[i]}
                    @WORD@
                    __followup_commands "$cmd"
                    if ((n == 0 && ${reply[(I)${(b)w}:*]})); then
                        cmd=${cmd:+$cmd }$w
                    else
                        __followup_positional "$cmd" "$n" && [[ $REPLY == ids ]] && id=$w
                        n+=1
                    fi
                done
                if [[ -n $want ]]; then
                    __followup_option_value "$cmd" "$want"
                    __followup_values "$REPLY" "$home" "$id"
                    return
                fi
                if ((!ended)); then
                    if [[ $PREFIX == --*=* ]]; then
                        if __followup_option_value "$cmd" "${PREFIX%%=*}"; then
                            compset -P '*='
                            __followup_values "$REPLY" "$home" "$id"
                        fi
                        return
                    elif [[ $PREFIX == -* ]]; then
                        __followup_options "$cmd"
                        _describe -t options 'option' reply
                        return
                    fi
                fi
                __followup_commands "$cmd"
                if ((n == 0 && $#reply)); then
                    _describe -t commands 'followup command' reply
                    return
                fi
                __followup_positional "$cmd" "$n" && __followup_values "$REPLY" "$home" "$id"
            }

            # autoloaded from $fpath, or sourced after compinit
            if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
                _followup "$@"
            else
                compdef _followup followup
            fi
            """;
}
