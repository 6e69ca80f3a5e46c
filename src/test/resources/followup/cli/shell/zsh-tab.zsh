# zsh -f zsh-tab.zsh FPATH_DIR LINE...: types each LINE and a TAB into an interactive zsh (a fresh
# one, -f: no rc files) on a pseudo-terminal, with compinit and the completion function found on
# FPATH_DIR, and prints one line per LINE: the matches the completion system was given, separated
# by tabs.
zmodload zsh/zpty || exit 3
dir=$1; shift
zpty z 'zsh -f -i' || exit 3
# Waits for a marker the typed command cannot contain (its echo shows the quotes), then for the
# next prompt: typing before the line editor is back would go to the terminal's own line editing.
sync() {
  REPLY=''
  zpty -w z "print -- \"--\"\"$1--\""
  zpty -r z REPLY "*--$1--*<ready>"
}
# no listing of ambiguous matches: nothing to page through, no "do you wish to see all" question
zpty -w z "PS1='<ready>'; unsetopt auto_list; setopt no_beep; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
# record each match the completion system is handed, then hand it on
# (calls that only compute, with -O, -A or -D, are compsys' own bookkeeping: passed through)
zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; local h; builtin compadd -A hits "$@"; for h in $hits; do print -rn -- "<<$h>>"; done; builtin compadd "$@"; }'
sync READY
for line in "$@"; do
  zpty -w -n z "$line"$'\t'
  zpty -w -n z $'\C-e\C-u'
  sync END
  local -a found=()
  for part in ${(s:<<:)REPLY}; do
    [[ $part == *'>>'* ]] && found+=(${part%%'>>'*})
  done
  print -r -- ${(pj:\t:)found}
done
zpty -d z
