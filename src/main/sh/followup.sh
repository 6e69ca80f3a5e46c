#!/bin/sh
# followup launcher: this script and the application's jar are one file (the jar is appended
# below the last line). It finds Java through JAVA_HOME or PATH and works under cron's bare
# environment. Copy it anywhere on your PATH.
self=$0
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
elif command -v java >/dev/null 2>&1; then
  java=java
else
  echo "followup: cannot find Java 17 or newer: set JAVA_HOME or put java on PATH" >&2
  exit 3
fi
# UTF-8 arguments, file names and output even with no LANG (cron): Java decodes arguments with
# the locale's charset, so pick a UTF-8 one when the current one is not.
case "${LC_ALL:-${LC_CTYPE:-$LANG}}" in
  *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
tty_in=false; tty_out=false; cols=0
[ -t 0 ] && tty_in=true
if [ -t 1 ]; then
  tty_out=true
  cols=${COLUMNS:-0}
  if [ "$cols" = 0 ]; then
    size=$(stty size 2>/dev/null </dev/tty) && cols=${size#* }
  fi
fi
# followup.launcher says where this file is, so 'followup git init' can point git's merge driver at it
exec "$java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr \
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 \
  -Dfollowup.stdin.tty=$tty_in -Dfollowup.stdout.tty=$tty_out -Dfollowup.columns="$cols" \
  -Dfollowup.launcher="$self" \
  -cp "$self" followup.Main "$@"
exit 3
