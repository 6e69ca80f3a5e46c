package followup.cli.shell;

import java.util.List;

/** The bash completion script: a table of the command tree and one walker over the typed words. */
final class Bash {

    private Bash() {
    }

    static String script(List<CommandTree> tree) {
        StringBuilder sb = new StringBuilder();
        sb.append("# bash completion for followup                              -*- shell-script -*-\n")
                .append("#\n")
                .append("# Generated from followup's command tree; do not edit. Regenerate with\n")
                .append("#   ").append(Sh.REGENERATE).append("   (the same as: followup completion bash)\n")
                .append("# Use: source this file from ~/.bashrc, or copy it to\n")
                .append("#   ~/.local/share/bash-completion/completions/followup\n")
                .append("# Application ids are the file names in the data home, read by bash itself: a TAB never\n")
                .append("# waits for Java.\n\n");

        sb.append("# The subcommands of command $1 ('' is followup itself), in REPLY.\n")
                .append("__followup_commands() {\n")
                .append("    case $1 in\n");
        for (CommandTree command : tree) {
            if (!command.commands().isEmpty()) {
                sb.append("        ").append(Sh.quote(command.path())).append(") REPLY=")
                        .append(Sh.quote(String.join(" ", command.commands()))).append(" ;;\n");
            }
        }
        sb.append("        *) REPLY='' ;;\n")
                .append("    esac\n")
                .append("}\n\n");

        sb.append("# The options of command $1, in REPLY.\n")
                .append("__followup_options() {\n")
                .append("    case $1 in\n");
        for (CommandTree command : tree) {
            StringBuilder names = new StringBuilder();
            for (CommandTree.Option option : command.options()) {
                for (String name : option.names()) {
                    names.append(names.length() == 0 ? "" : " ").append(name);
                }
            }
            sb.append("        ").append(Sh.quote(command.path())).append(") REPLY=")
                    .append(Sh.quote(names.toString())).append(" ;;\n");
        }
        sb.append("        *) REPLY='' ;;\n")
                .append("    esac\n")
                .append("}\n\n");

        sb.append(Sh.optionValueFunction(tree)).append('\n');
        sb.append(Sh.positionalFunction(tree)).append('\n');
        sb.append(Sh.shared(BODY));
        return sb.toString();
    }

    private static final String BODY = """
            # The lines on stdin, into COMPREPLY (mapfile is fast but bash 4; macOS still ships 3.2).
            __followup_reply() {
                if ((BASH_VERSINFO[0] >= 4)); then
                    mapfile -t COMPREPLY
                else
                    local line
                    COMPREPLY=()
                    while IFS= read -r line; do
                        COMPREPLY+=("$line")
                    done
                fi
            }

            # The application ids starting with $2 in data home $1 (else $FOLLOWUP_HOME, else
            # $XDG_DATA_HOME/followup, else ~/.local/share/followup), in COMPREPLY.
            __followup_ids() {
                local home=$1 cur=$2
                @DEFAULT_HOME@
                # typed on the line, so not yet expanded by bash
                case $home in
                    \\~ | \\~/*) home=$HOME${home#\\~} ;;
                    \\'*\\') home=${home:1:${#home}-2} ;;
                    \\"*\\") home=${home:1:${#home}-2} ;;
                esac
                # In a subshell, to glob with known options whatever the user's shopt says, and with
                # C's ranges. Only <id>.yaml files are applications: GLOBIGNORE drops the rest (lock
                # and temp files start with a dot) without a loop, which 10,000 files would feel.
                __followup_reply < <(
                    CDPATH='' cd -- "$home/applications" 2>/dev/null || exit 0
                    LC_ALL=C
                    shopt -s nullglob
                    shopt -u failglob nocaseglob
                    GLOBIGNORE='.*:*[!a-z0-9-]*.yaml:-*:*-.yaml:*--*'
                    ids=("$cur"*.yaml)
                    ((${#ids[@]} == 0)) || printf '%s\\n' "${ids[@]%.yaml}"
                )
            }

            # Completes $2 as a value of kind $1 (see __followup_option_value) in data home $3.
            __followup_values() {
                case $1 in
                    ids) __followup_ids "$3" "$2" ;;
                    files) compopt -o filenames 2>/dev/null; __followup_reply < <(compgen -f -- "$2") ;;
                    dirs) compopt -o filenames 2>/dev/null; __followup_reply < <(compgen -d -- "$2") ;;
                    words\\ *) __followup_reply < <(compgen -W "${1#words }" -- "$2") ;;
                esac
            }

            _followup() {
                local cur=${COMP_WORDS[COMP_CWORD]} cmd='' home='' want='' w REPLY
                local -i i n=0 ended=0
                COMPREPLY=()
                # Walk the words before the cursor: the subcommand, how many positional parameters
                # came, the --home typed, and whether an option still waits for its value.
                for ((i = 1; i < COMP_CWORD; i++)); do
                    w=${COMP_WORDS[i]}
                    @WORD@
                    __followup_commands "$cmd"
                    if ((n == 0)) && [[ " $REPLY " == *" $w "* ]]; then
                        cmd=${cmd:+$cmd }$w
                    else
                        n+=1
                    fi
                done
                if [[ -n $want ]]; then
                    [[ $cur == = ]] && cur=''
                    __followup_option_value "$cmd" "$want"
                    __followup_values "$REPLY" "$cur" "$home"
                    return 0
                fi
                if ((!ended)); then
                    case $cur in
                        --*=*)
                            if __followup_option_value "$cmd" "${cur%%=*}"; then
                                __followup_values "$REPLY" "${cur#*=}" "$home"
                                COMPREPLY=("${COMPREPLY[@]/#/${cur%%=*}=}")
                            fi
                            return 0 ;;
                        -*)
                            __followup_options "$cmd"
                            __followup_reply < <(compgen -W "$REPLY" -- "$cur")
                            return 0 ;;
                    esac
                fi
                __followup_commands "$cmd"
                if ((n == 0)) && [[ -n $REPLY ]]; then
                    __followup_reply < <(compgen -W "$REPLY" -- "$cur")
                    return 0
                fi
                __followup_positional "$cmd" "$n" && __followup_values "$REPLY" "$cur" "$home"
                return 0
            }

            complete -F _followup followup
            """;
}
