# fish completion for followup. Generated from followup's command tree; do not edit.
# Regenerate with mvn -B -q -Pcompletions process-classes (the same as: followup completion fish).
# Use: copy it to ~/.config/fish/completions/followup.fish
# Application ids are the file names in the data home, read by fish itself, and the names
# after --to and --with are read from that application's file by awk: a TAB never waits
# for Java.

# The subcommands of command $argv[1] ('' is followup itself), one a line.
function __followup_commands
    switch "$argv[1]"
        case ''
            printf '%s\n' 'today' 'add' 'list' 'show' 'log' 'done' 'skip' 'edit' 'rm' 'draft' 'check' 'stats' 'report' 'calendar' 'import' 'export' 'inbox' 'git' 'completion'
    end
end

# What the value of option $argv[2] of command $argv[1] takes (ids, files, dirs, text or
# 'words W...'); fails when the option takes no value.
function __followup_option_value
    switch "$argv[1] $argv[2]"
        case ' --home' 'today --home' 'add --home' 'list --home' 'show --home' 'log --home' \
            'done --home' 'skip --home' 'edit --home' 'rm --home' 'draft --export' \
            'draft --home' 'check --home' 'stats --home' 'report --home' 'calendar --home' \
            'import --home' 'export --home' 'inbox --home' 'completion --home'
            echo 'dirs'
        case ' --as-of' 'today --days' 'today --as-of' 'add --id' 'add --role' 'add --contact' \
            'add --interview' 'add --at' 'add --kind' 'add --decision-by' 'add --anchor' \
            'add --source' 'add --applied' 'add --as-of' 'list --as-of' 'show --as-of' \
            'log --on' 'log --note' 'log --decision-by' 'log --deadline' 'log --link' 'log --at' \
            'log --kind' 'log --as-of' 'done --on' 'done --note' 'done --link' \
            'done --decision-by' 'done --as-of' 'skip --on' 'skip --until' 'skip --note' \
            'skip --as-of' 'edit --as-of' 'rm --as-of' 'draft --link' 'draft --about' \
            'draft --as-of' 'check --as-of' 'stats --since' 'stats --as-of' 'report --as-of' \
            'calendar --days' 'calendar --as-of' 'import --map' 'import --as-of' \
            'export --as-of' 'inbox --as-of' 'completion --as-of'
            echo 'text'
        case 'add --with' 'log --with' 'done --to' 'skip --to' 'draft --to'
            echo 'names'
        case 'list --status'
            echo 'words applied interviewing offer accepted declined rejected withdrawn closed'
        case 'draft --eml' 'report --output' 'calendar --output' 'export --output'
            echo 'files'
        case 'import --format'
            echo 'words linkedin csv json'
        case '*'
            return 1
    end
end

# Whether positional parameter $argv[2] (from 0) of command $argv[1] is an application id.
function __followup_is_id
    switch "$argv[1]"
        case 'show'
            test $argv[2] = 0
        case 'log'
            test $argv[2] = 0
        case 'done'
            test $argv[2] = 0
        case 'skip'
            test $argv[2] = 0
        case 'edit'
            test $argv[2] = 0
        case 'rm'
            test $argv[2] = 0
        case 'draft'
            test $argv[2] = 1
        case '*'
            return 1
    end
end

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
    printf '%s\n' "$cmd" $n "$home" "$want" "$id"
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
    string replace -r -- '^.*/' '' $files | string replace -r -- '\.yaml$' '' \
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
    ' < $file
end

# no file names unless an option or parameter takes one
complete -c followup -f

# followup
complete -c followup -n "__followup_arg '' 0 0" -a 'today' -d 'What to do: every action due today or overdue, oldest first'
complete -c followup -n "__followup_arg '' 0 0" -a 'add' -d 'Create an application; prints its id'
complete -c followup -n "__followup_arg '' 0 0" -a 'list' -d 'List applications with their status and next action'
complete -c followup -n "__followup_arg '' 0 0" -a 'show' -d 'Show one application: fields, log, and what comes next and why'
complete -c followup -n "__followup_arg '' 0 0" -a 'log' -d 'Record what happened: a message you sent, their answer, an outcome'
complete -c followup -n "__followup_arg '' 0 0" -a 'done' -d 'Say you did an action \'today\' listed: logs the event that ends it'
complete -c followup -n "__followup_arg '' 0 0" -a 'skip' -d 'Dismiss a due action you will not do (the interviewer is not on LinkedIn)'
complete -c followup -n "__followup_arg '' 0 0" -a 'edit' -d 'Edit an application in $VISUAL or $EDITOR; saves only a valid file'
complete -c followup -n "__followup_arg '' 0 0" -a 'rm' -d 'Delete an application file (a mistaken or duplicate add)'
complete -c followup -n "__followup_arg '' 0 0" -a 'draft' -d 'Write a message draft: To:, Subject:, a blank line, the body'
complete -c followup -n "__followup_arg '' 0 0" -a 'check' -d 'Validate every application file, the config and your templates'
complete -c followup -n "__followup_arg '' 0 0" -a 'stats' -d 'The patterns in your search: funnel, answers, your follow-up habits, feedback'
complete -c followup -n "__followup_arg '' 0 0" -a 'report' -d 'One HTML page of your search: where the applications went, a timeline each, your habits'
complete -c followup -n "__followup_arg '' 0 0" -a 'calendar' -d 'An iCalendar (.ics) file of the coming actions and scheduled interviews'
complete -c followup -n "__followup_arg '' 0 0" -a 'import' -d 'Create applications from another tracker\'s export (LinkedIn, any CSV, followup\'s JSON)'
complete -c followup -n "__followup_arg '' 0 0" -a 'export' -d 'Every application as CSV (for a spreadsheet) or JSON (everything, to import elsewhere)'
complete -c followup -n "__followup_arg '' 0 0" -a 'inbox' -d 'Read mail you received and sent, offline, and log what it means'
complete -c followup -n "__followup_arg '' 0 0" -a 'git' -d 'Run git in the data home (like \'pass git\'): history, undo, sync between machines'
complete -c followup -n "__followup_arg '' 0 0" -a 'completion' -d 'Print the shell completion script for bash, zsh or fish'
complete -c followup -n "__followup_at ''" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at ''" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at ''" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at ''" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_at ''" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at ''" -s V -l version -d 'Print version information and exit'

# followup today
complete -c followup -n "__followup_at 'today'" -l days -x -d 'Also show what comes due in the next N days'
complete -c followup -n "__followup_at 'today'" -l json -d 'JSON for scripts (as_of, actions, errors)'
complete -c followup -n "__followup_at 'today'" -l quiet -d 'Print nothing when nothing is due (for cron mail)'
complete -c followup -n "__followup_at 'today'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'today'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'today'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'today'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'today'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'today'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup add
complete -c followup -n "__followup_at 'add'" -l id -x -d 'Choose the id (lowercase letters, digits, hyphens)'
complete -c followup -n "__followup_at 'add'" -l role -x -d 'The job title'
complete -c followup -n "__followup_at 'add'" -l contact -x -d 'A person there: a name, an optional <email> and an optional phone number; repeatable'
complete -c followup -n "__followup_at 'add'" -l interview -x -d 'The (first) interview\'s date'
complete -c followup -n "__followup_at 'add'" -l at -x -d 'The interview\'s time'
complete -c followup -n "__followup_at 'add'" -l kind -x -d 'The interview\'s kind: phone, video, onsite, .'
complete -c followup -n "__followup_at 'add'" -l with -x -a '(__followup_names)' -d 'Who interviews you at --interview; repeatable'
complete -c followup -n "__followup_at 'add'" -l decision-by -x -d 'When they said you would hear; relative forms count from the interview ("7-10 days")'
complete -c followup -n "__followup_at 'add'" -l anchor -x -d 'A personal hook from the interview'
complete -c followup -n "__followup_at 'add'" -l source -x -d 'Where the lead came from (referral, job board, ...)'
complete -c followup -n "__followup_at 'add'" -l applied -x -d 'When you applied'
complete -c followup -n "__followup_at 'add'" -l no-input -d 'Never prompt, even on a terminal'
complete -c followup -n "__followup_at 'add'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'add'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'add'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'add'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'add'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'add'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup list
complete -c followup -n "__followup_at 'list'" -l all -d 'Include closed applications'
complete -c followup -n "__followup_at 'list'" -l status -x -a 'applied interviewing offer accepted declined rejected withdrawn closed' -d 'Only this status'
complete -c followup -n "__followup_at 'list'" -l json -d 'JSON for scripts'
complete -c followup -n "__followup_at 'list'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'list'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'list'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'list'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'list'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'list'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup show
complete -c followup -n "__followup_at 'show'" -l json -d 'JSON for scripts'
complete -c followup -n "__followup_at 'show'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'show'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'show'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'show'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'show'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'show'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'show' 0 0" -a '(__followup_ids)' -d 'ID'

# followup log
complete -c followup -n "__followup_at 'log'" -l on -x -d 'When it happened (default: today)'
complete -c followup -n "__followup_at 'log'" -l note -x -d 'A note to keep with the entry'
complete -c followup -n "__followup_at 'log'" -l decision-by -x -d 'The decision date they gave (timeline, delayed); relative forms count from --on'
complete -c followup -n "__followup_at 'log'" -l deadline -x -d 'offer: the day you must answer by; relative forms count from --on'
complete -c followup -n "__followup_at 'log'" -l link -x -d 'follow-up: the article or news you shared'
complete -c followup -n "__followup_at 'log'" -l at -x -d 'The interview\'s time (interview)'
complete -c followup -n "__followup_at 'log'" -l kind -x -d 'interview: phone, video, onsite, .'
complete -c followup -n "__followup_at 'log'" -l with -x -a '(__followup_names)' -d 'interview: who interviews you (repeatable); thanks: whom you thanked'
complete -c followup -n "__followup_at 'log'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'log'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'log'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'log'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'log'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'log'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'log' 0 0" -a '(__followup_ids)' -d 'ID'
complete -c followup -n "__followup_arg 'log' 1 1" -a 'interview thanks note linkedin check-in follow-up told-offer rejection-reply keep-in-touch reply timeline delayed feedback rejected offer accepted declined withdrew closed skipped' -d 'EVENT'

# followup done
complete -c followup -n "__followup_at 'done'" -l to -x -a '(__followup_names)' -d 'The person, for a per-person action (a thank-you)'
complete -c followup -n "__followup_at 'done'" -l on -x -d 'When you did it (default: today)'
complete -c followup -n "__followup_at 'done'" -l note -x -d 'A note to keep with the entry'
complete -c followup -n "__followup_at 'done'" -l link -x -d 'follow-up: the article or news you shared'
complete -c followup -n "__followup_at 'done'" -l decision-by -x -d 'ask-timeline: the decision date they gave'
complete -c followup -n "__followup_at 'done'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'done'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'done'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'done'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'done'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'done'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'done' 0 0" -a '(__followup_ids)' -d 'ID'
complete -c followup -n "__followup_arg 'done' 1 1" -a 'ask-timeline thanks paper-note linkedin check-in follow-up move-on rejection-reply tell-offer answer-offer withdraw keep-in-touch' -d 'ACTION'

# followup skip
complete -c followup -n "__followup_at 'skip'" -l to -x -a '(__followup_names)' -d 'The person, for a per-person action (a thank-you)'
complete -c followup -n "__followup_at 'skip'" -l on -x -d 'When you decided (default: today)'
complete -c followup -n "__followup_at 'skip'" -l until -x -d 'Bring it back on DATE, due then'
complete -c followup -n "__followup_at 'skip'" -l note -x -d 'Why, for your own record'
complete -c followup -n "__followup_at 'skip'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'skip'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'skip'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'skip'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'skip'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'skip'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'skip' 0 0" -a '(__followup_ids)' -d 'ID'
complete -c followup -n "__followup_arg 'skip' 1 1" -a 'ask-timeline thanks paper-note linkedin check-in follow-up move-on rejection-reply tell-offer answer-offer withdraw keep-in-touch' -d 'ACTION'

# followup edit
complete -c followup -n "__followup_at 'edit'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'edit'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'edit'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'edit'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'edit'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'edit'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'edit' 0 0" -a '(__followup_ids)' -d 'ID'

# followup rm
complete -c followup -n "__followup_at 'rm'" -l yes -d 'Delete without asking (needed when stdin is not a terminal)'
complete -c followup -n "__followup_at 'rm'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'rm'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'rm'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'rm'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'rm'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'rm'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'rm' 0 0" -a '(__followup_ids)' -d 'ID'

# followup draft
complete -c followup -n "__followup_at 'draft'" -l to -x -a '(__followup_names)' -d 'Write to this contact (full or first name)'
complete -c followup -n "__followup_at 'draft'" -l link -x -d 'follow-up: a link worth sharing (an article, news of their field)'
complete -c followup -n "__followup_at 'draft'" -l about -x -d 'follow-up: what you share, in words ("your talk at KubeCon")'
complete -c followup -n "__followup_at 'draft'" -l eml -r -F -d 'Write an RFC 5322 message file a mail client opens as a draft'
complete -c followup -n "__followup_at 'draft'" -l mailto -d 'Print a mailto: link instead of the text'
complete -c followup -n "__followup_at 'draft'" -l list -d 'List the kinds and where each template comes from'
complete -c followup -n "__followup_at 'draft'" -l export -x -a '(__fish_complete_directories (commandline -ct))' -d 'Write the built-in templates into DIR for editing'
complete -c followup -n "__followup_at 'draft'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'draft'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'draft'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'draft'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'draft'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'draft'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'draft' 0 0" -a 'thanks note linkedin check-in follow-up rejection-reply other-offer withdraw keep-in-touch' -d 'KIND'
complete -c followup -n "__followup_arg 'draft' 1 1" -a '(__followup_ids)' -d 'ID'

# followup check
complete -c followup -n "__followup_at 'check'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'check'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'check'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'check'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'check'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'check'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup stats
complete -c followup -n "__followup_at 'stats'" -l json -d 'JSON for scripts'
complete -c followup -n "__followup_at 'stats'" -l since -x -d 'Only applications with activity (applied, an interview, a log entry) on or after DATE; a relative DATE counts back (\'--since 8w\': the last eight weeks)'
complete -c followup -n "__followup_at 'stats'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'stats'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'stats'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'stats'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'stats'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'stats'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup report
complete -c followup -n "__followup_at 'report'" -l output -r -F -d 'Write the page to FILE (atomically, mode 0600; default: report.html in the current folder); \'-\' for standard output'
complete -c followup -n "__followup_at 'report'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'report'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'report'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'report'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'report'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'report'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup calendar
complete -c followup -n "__followup_at 'calendar'" -l days -x -d 'How many days ahead (default: 60)'
complete -c followup -n "__followup_at 'calendar'" -l output -r -F -d 'Write the calendar to FILE (atomically, mode 0600) instead of standard output (\'-\')'
complete -c followup -n "__followup_at 'calendar'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'calendar'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'calendar'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'calendar'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'calendar'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'calendar'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup import
complete -c followup -n "__followup_at 'import'" -l format -x -a 'linkedin csv json' -d 'Read every FILE as linkedin, csv, json (default: told by each file\'s content)'
complete -c followup -n "__followup_at 'import'" -l map -x -d 'Read a CSV column as a field: company, role, status, applied, url, contact, email, phone, source, notes, decision-by, id, or ignore; repeatable'
complete -c followup -n "__followup_at 'import'" -l dry-run -d 'Say what would be imported; write nothing'
complete -c followup -n "__followup_at 'import'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'import'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'import'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'import'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'import'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'import'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'import' 0 -1" -F -d 'FILE'

# followup export
complete -c followup -n "__followup_at 'export'" -l csv -d 'CSV, one row per application (the default)'
complete -c followup -n "__followup_at 'export'" -l json -d 'JSON with every field and the log'
complete -c followup -n "__followup_at 'export'" -l output -r -F -d 'Write to FILE (atomically, mode 0600) instead of standard output (\'-\')'
complete -c followup -n "__followup_at 'export'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'export'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'export'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'export'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'export'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'export'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'

# followup inbox
complete -c followup -n "__followup_at 'inbox'" -l dry-run -d 'Print each proposal as the \'followup log\' command it amounts to; write nothing'
complete -c followup -n "__followup_at 'inbox'" -l yes -d 'Write the proposals without asking (off a terminal too); outcomes are only printed'
complete -c followup -n "__followup_at 'inbox'" -l json -d 'One JSON object per message, for scripts'
complete -c followup -n "__followup_at 'inbox'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'inbox'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'inbox'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'inbox'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'inbox'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'inbox'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'inbox' 0 -1" -F -d 'PATH'

# followup git

# followup completion
complete -c followup -n "__followup_at 'completion'" -s h -l help -d 'Show this help message and exit'
complete -c followup -n "__followup_at 'completion'" -s V -l version -d 'Print version information and exit'
complete -c followup -n "__followup_at 'completion'" -l home -x -a '(__fish_complete_directories (commandline -ct))' -d 'The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup)'
complete -c followup -n "__followup_at 'completion'" -l as-of -x -d 'Evaluate as if today were DATE'
complete -c followup -n "__followup_at 'completion'" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c followup -n "__followup_at 'completion'" -l debug -d 'Show stack traces on errors (also FOLLOWUP_DEBUG=1)'
complete -c followup -n "__followup_arg 'completion' 0 0" -a 'bash zsh fish' -d 'SHELL'
