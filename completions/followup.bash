# bash completion for followup                              -*- shell-script -*-
#
# Generated from followup's command tree; do not edit. Regenerate with
#   mvn -B -q -Pcompletions process-classes   (the same as: followup completion bash)
# Use: source this file from ~/.bashrc, or copy it to
#   ~/.local/share/bash-completion/completions/followup
# Application ids are the file names in the data home, read by bash itself, and the names
# after --to and --with are read from that application's file by awk: a TAB never waits
# for Java.

# The subcommands of command $1 ('' is followup itself), in REPLY.
__followup_commands() {
    case $1 in
        '') REPLY='today add list show log done skip edit rm draft check stats report calendar import export inbox git completion' ;;
        *) REPLY='' ;;
    esac
}

# The options of command $1, in REPLY.
__followup_options() {
    case $1 in
        '') REPLY='--home --as-of --no-color --debug -h --help -V --version' ;;
        'today') REPLY='--days --json --quiet -h --help -V --version --home --as-of --no-color --debug' ;;
        'add') REPLY='--id --role --contact --interview --at --kind --with --decision-by --anchor --source --applied --no-input -h --help -V --version --home --as-of --no-color --debug' ;;
        'list') REPLY='--all --status --json -h --help -V --version --home --as-of --no-color --debug' ;;
        'show') REPLY='--json -h --help -V --version --home --as-of --no-color --debug' ;;
        'log') REPLY='--on --note --decision-by --deadline --link --at --kind --with -h --help -V --version --home --as-of --no-color --debug' ;;
        'done') REPLY='--to --on --note --link --decision-by -h --help -V --version --home --as-of --no-color --debug' ;;
        'skip') REPLY='--to --on --until --note -h --help -V --version --home --as-of --no-color --debug' ;;
        'edit') REPLY='-h --help -V --version --home --as-of --no-color --debug' ;;
        'rm') REPLY='--yes -h --help -V --version --home --as-of --no-color --debug' ;;
        'draft') REPLY='--to --link --about --eml --mailto --list --export -h --help -V --version --home --as-of --no-color --debug' ;;
        'check') REPLY='-h --help -V --version --home --as-of --no-color --debug' ;;
        'stats') REPLY='--json --since -h --help -V --version --home --as-of --no-color --debug' ;;
        'report') REPLY='--output -h --help -V --version --home --as-of --no-color --debug' ;;
        'calendar') REPLY='--days --output -h --help -V --version --home --as-of --no-color --debug' ;;
        'import') REPLY='--format --map --dry-run -h --help -V --version --home --as-of --no-color --debug' ;;
        'export') REPLY='--csv --json --output -h --help -V --version --home --as-of --no-color --debug' ;;
        'inbox') REPLY='--dry-run --yes --json -h --help -V --version --home --as-of --no-color --debug' ;;
        'git') REPLY='' ;;
        'completion') REPLY='-h --help -V --version --home --as-of --no-color --debug' ;;
        *) REPLY='' ;;
    esac
}

# What the value of option $2 of command $1 ('' is followup itself) takes: sets REPLY to
# ids, files, dirs, text or 'words W...'; returns 1 when the option takes no value.
__followup_option_value() {
    case "$1 $2" in
        ' --home'|'today --home'|'add --home'|'list --home'|'show --home'|'log --home'|\
        'done --home'|'skip --home'|'edit --home'|'rm --home'|'draft --export'|'draft --home'|\
        'check --home'|'stats --home'|'report --home'|'calendar --home'|'import --home'|\
        'export --home'|'inbox --home'|'completion --home') REPLY='dirs' ;;
        ' --as-of'|'today --days'|'today --as-of'|'add --id'|'add --role'|'add --contact'|\
        'add --interview'|'add --at'|'add --kind'|'add --decision-by'|'add --anchor'|\
        'add --source'|'add --applied'|'add --as-of'|'list --as-of'|'show --as-of'|'log --on'|\
        'log --note'|'log --decision-by'|'log --deadline'|'log --link'|'log --at'|'log --kind'|\
        'log --as-of'|'done --on'|'done --note'|'done --link'|'done --decision-by'|\
        'done --as-of'|'skip --on'|'skip --until'|'skip --note'|'skip --as-of'|'edit --as-of'|\
        'rm --as-of'|'draft --link'|'draft --about'|'draft --as-of'|'check --as-of'|\
        'stats --since'|'stats --as-of'|'report --as-of'|'calendar --days'|'calendar --as-of'|\
        'import --map'|'import --as-of'|'export --as-of'|'inbox --as-of'|'completion --as-of') REPLY='text' ;;
        'add --with'|'log --with'|'done --to'|'skip --to'|'draft --to') REPLY='names' ;;
        'list --status') REPLY='words applied interviewing offer accepted declined rejected withdrawn closed' ;;
        'draft --eml'|'report --output'|'calendar --output'|'export --output') REPLY='files' ;;
        'import --format') REPLY='words linkedin csv json' ;;
        *) return 1 ;;
    esac
}

# What positional parameter $2 (from 0) of command $1 takes, as for options.
__followup_positional() {
    local n=$2
    case $1 in
        'add')
            if ((n == 0)); then REPLY='text'
            else return 1; fi ;;
        'show')
            if ((n == 0)); then REPLY='ids'
            else return 1; fi ;;
        'log')
            if ((n == 0)); then REPLY='ids'
            elif ((n == 1)); then REPLY='words interview thanks note linkedin check-in follow-up told-offer rejection-reply keep-in-touch reply timeline delayed feedback rejected offer accepted declined withdrew closed skipped'
            else return 1; fi ;;
        'done')
            if ((n == 0)); then REPLY='ids'
            elif ((n == 1)); then REPLY='words ask-timeline thanks paper-note linkedin check-in follow-up move-on rejection-reply tell-offer answer-offer withdraw keep-in-touch'
            else return 1; fi ;;
        'skip')
            if ((n == 0)); then REPLY='ids'
            elif ((n == 1)); then REPLY='words ask-timeline thanks paper-note linkedin check-in follow-up move-on rejection-reply tell-offer answer-offer withdraw keep-in-touch'
            else return 1; fi ;;
        'edit')
            if ((n == 0)); then REPLY='ids'
            else return 1; fi ;;
        'rm')
            if ((n == 0)); then REPLY='ids'
            else return 1; fi ;;
        'draft')
            if ((n == 0)); then REPLY='words thanks note linkedin check-in follow-up rejection-reply other-offer withdraw keep-in-touch'
            elif ((n == 1)); then REPLY='ids'
            else return 1; fi ;;
        'import')
            if ((n >= 0)); then REPLY='files'
            else return 1; fi ;;
        'inbox')
            if ((n >= 0)); then REPLY='files'
            else return 1; fi ;;
        'git')
            if ((n >= 0)); then REPLY='text'
            else return 1; fi ;;
        'completion')
            if ((n == 0)); then REPLY='words bash zsh fish'
            else return 1; fi ;;
        *) return 1 ;;
    esac
}

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
    if [[ -z $home ]]; then
        if [[ -n $FOLLOWUP_HOME ]]; then
            home=$FOLLOWUP_HOME
        elif [[ $XDG_DATA_HOME == /* ]]; then
            home=$XDG_DATA_HOME/followup
        else
            home=$HOME/.local/share/followup
        fi
    fi
    # typed on the line, so not yet expanded by bash
    case $home in
        \~ | \~/*) home=$HOME${home#\~} ;;
        \'*\') home=${home:1:${#home}-2} ;;
        \"*\") home=${home:1:${#home}-2} ;;
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
        ((${#ids[@]} == 0)) || printf '%s\n' "${ids[@]%.yaml}"
    )
}

# The names in application $3's file in data home $1 (contacts, interviewers) that start
# with $2, ignoring case, in COMPREPLY; none without an application. Readline quotes
# them (-o filenames): Jane\ Doe, or "Jane Doe" after an opening quote.
__followup_names() {
    local cur=$2 file
    [[ $3 =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || return 0
    __followup_home "$1"
    file=$REPLY/applications/$3.yaml
    [[ -f $file && -r $file ]] || return 0
    compopt -o filenames 2>/dev/null
    # the word as typed, so still quoted
    case $cur in
        \"*) cur=${cur#\"} ;;
        \'*) cur=${cur#\'} ;;
        *) cur=${cur//\\/} ;;
    esac
    __followup_reply < <(FOLLOWUP_PREFIX=$cur awk '
        function emit(v) {
            sub(/^[ \t]+/, "", v)
            sub(/[ \t]+$/, "", v)
            if (v == "" || v == "~" || v == "null" || v in seen) return
            seen[v] = 1
            if (tolower(substr(v, 1, length(p))) == tolower(p)) print v
        }
        # The scalar at the start of s without its quotes; plain, it ends at a comment (in a flow list, at
        # a comma or a bracket too). What follows it is left in rest.
        function scalar(s, flow,   q, c, v, i, n) {
            sub(/^[ \t]+/, "", s)
            n = length(s)
            q = substr(s, 1, 1)
            if (q == "\"" || q == "\047") {
                v = ""
                for (i = 2; i <= n; i++) {
                    c = substr(s, i, 1)
                    if (c == q && q == "\047" && substr(s, i + 1, 1) == q) {
                        i++
                    } else if (c == q) {
                        break
                    } else if (c == "\\" && q == "\"" && i < n) {
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
                if (c == "#" && (i == 1 || substr(s, i - 1, 1) ~ /[ \t]/)) break
            }
            rest = substr(s, i)
            return substr(s, 1, i - 1)
        }
        # The names of a flow list from s (after its "["); 1 when the list ends on this line.
        function flow(s,   c) {
            while (1) {
                sub(/^[ \t,]+/, "", s)
                c = substr(s, 1, 1)
                if (c == "]") return 1
                if (c == "" || c == "#") return 0
                emit(scalar(s, 1))
                s = rest
            }
        }
        BEGIN { p = ENVIRON["FOLLOWUP_PREFIX"]; block = -1 }
        { sub(/\r$/, "") }
        /^[^ \t#-]/ { key = $0; sub(/[ \t]*:.*/, "", key); inflow = 0; block = -1; next }
        inflow { inflow = !flow($0); next }
        block >= 0 {
            if ($0 ~ /^[ \t]*(#.*)?$/) next
            match($0, /^ */)
            if (RLENGTH >= block && $0 ~ /^ *- /) {
                s = $0
                sub(/^ *- /, "", s)
                emit(scalar(s, 0))
                next
            }
            block = -1
        }
        key == "contacts" && /^[ \t]*(- +)?name:/ {
            s = $0
            sub(/^[ \t]*(- +)?name:/, "", s)
            emit(scalar(s, 0))
        }
        key == "interviews" && /^[ \t]*(- +)?with:/ {
            match($0, /with:/)
            col = RSTART - 1
            s = substr($0, RSTART + 5)
            sub(/^[ \t]+/, "", s)
            if (substr(s, 1, 1) == "[") inflow = !flow(substr(s, 2))
            else if (s == "" || substr(s, 1, 1) == "#") block = col
            else emit(scalar(s, 0))
        }
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
        words\ *) __followup_reply < <(compgen -W "${1#words }" -- "$2") ;;
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
