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
                .append("# Application ids are the file names in the data home, read by bash itself, and the names\n")
                .append("# after --to and --with are read from that application's file by awk: a TAB never waits\n")
                .append("# for Java.\n\n");

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

            # The data home: $1, typed with --home, else $FOLLOWUP_HOME, else $XDG_DATA_HOME/followup,
            # else ~/.local/share/followup; in REPLY.
            __followup_home() {
                local home=$1
                @DEFAULT_HOME@
                # typed on the line, so not yet expanded by bash
                case $home in
                    \\~ | \\~/*) home=$HOME${home#\\~} ;;
                    \\'*\\') home=${home:1:${#home}-2} ;;
                    \\"*\\") home=${home:1:${#home}-2} ;;
                esac
                REPLY=$home
            }

            # The application ids starting with $2 in data home $1 (see __followup_home), in COMPREPLY.
            __followup_ids() {
                local home cur=$2
                __followup_home "$1"
                home=$REPLY
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

            # The names in application $3's file in data home $1 (contacts, interviewers) that start
            # with $2, ignoring case, in COMPREPLY; none without an application. Readline quotes
            # them (-o filenames): Jane\\ Doe, or "Jane Doe" after an opening quote.
            __followup_names() {
                local cur=$2 file
                [[ $3 =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || return 0
                __followup_home "$1"
                file=$REPLY/applications/$3.yaml
                [[ -f $file && -r $file ]] || return 0
                compopt -o filenames 2>/dev/null
                # the word as typed, so still quoted
                case $cur in
                    \\"*) cur=${cur#\\"} ;;
                    \\'*) cur=${cur#\\'} ;;
                    *) cur=${cur//\\\\/} ;;
                esac
                __followup_reply < <(FOLLOWUP_PREFIX=$cur awk '
                    @NAMES_AWK@
                ' < "$file")
            }

            # Completes $2 as a value of kind $1 (see __followup_option_value) in data home $3, for
            # application $4 (the id typed on the line, if any).
            __followup_values() {
                case $1 in
                    ids) __followup_ids "$3" "$2" ;;
                    names) __followup_names "$3" "$2" "$4" ;;
                    files) compopt -o filenames 2>/dev/null; __followup_reply < <(compgen -f -- "$2") ;;
                    dirs) compopt -o filenames 2>/dev/null; __followup_reply < <(compgen -d -- "$2") ;;
                    words\\ *) __followup_reply < <(compgen -W "${1#words }" -- "$2") ;;
                esac
            }

            _followup() {
                local cur=${COMP_WORDS[COMP_CWORD]} cmd='' home='' want='' id='' w REPLY
                local -i i n=0 ended=0
                COMPREPLY=()
                # Walk the words before the cursor: the subcommand, how many positional parameters
                # came, the --home typed, the application id typed, and whether an option still waits
                # for its value.
                for ((i = 1; i < COMP_CWORD; i++)); do
                    w=${COMP_WORDS[i]}
                    @WORD@
                    __followup_commands "$cmd"
                    if ((n == 0)) && [[ " $REPLY " == *" $w "* ]]; then
                        cmd=${cmd:+$cmd }$w
                    else
                        __followup_positional "$cmd" "$n" && [[ $REPLY == ids ]] && id=$w
                        n+=1
                    fi
                done
                if [[ -n $want ]]; then
                    [[ $cur == = ]] && cur=''
                    __followup_option_value "$cmd" "$want"
                    __followup_values "$REPLY" "$cur" "$home" "$id"
                    return 0
                fi
                if ((!ended)); then
                    case $cur in
                        --*=*)
                            if __followup_option_value "$cmd" "${cur%%=*}"; then
                                __followup_values "$REPLY" "${cur#*=}" "$home" "$id"
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
                __followup_positional "$cmd" "$n" && __followup_values "$REPLY" "$cur" "$home" "$id"
                return 0
            }

            complete -F _followup followup
            """;
}
