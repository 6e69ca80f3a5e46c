#!/bin/sh
# followup launcher: this script and the application's jar are one file (the jar is appended
# below the last line). It finds Java through JAVA_HOME or PATH and works under cron's bare
# environment. Copy it anywhere on your PATH.
#
# It also makes start-up fast with the JVM's class-data sharing: the classes followup needs are
# parsed, verified and laid out once, into a file the JVM maps on every later run. The file lives
# in ${XDG_CACHE_HOME:-~/.cache}/followup/, named by this build and the JDK's exact version, and
# is made again when either changes or this file is replaced or moved. It is made in the
# background after a run, from sample files bundled in the jar (never from your data), and no
# JVM message about it ever reaches the terminal. FOLLOWUP_CDS=off turns it off; static, dynamic
# or aot choose the kind (the default picks the best one the JDK has).
build=@BUILD@
self=$0
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
case $self in /*) ;; *) self=$PWD/${self#./} ;; esac
jdk=
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
  jdk=$JAVA_HOME
elif java=$(command -v java); then
  # the JDK behind the java on PATH (usually a chain of symbolic links), for its release file
  jdk=$(readlink -f "$java" 2>/dev/null) && jdk=${jdk%/bin/java}
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
# Today's date, as the system sees it: the JVM would read its whole time-zone database for it.
today=$(date +%F 2>/dev/null) || today=
tty_in=false; tty_out=false; cols=0
[ -t 0 ] && tty_in=true
if [ -t 1 ]; then
  tty_out=true
  cols=${COLUMNS:-0}
  if [ "$cols" = 0 ]; then
    size=$(stty size 2>/dev/null </dev/tty) && cols=${size#* }
  fi
fi

# ---- class-data sharing ----------------------------------------------------------------------
# The JDK's exact version from its release file: asking the JVM would cost a JVM start.
version=
if [ -n "$jdk" ] && [ -r "$jdk/release" ]; then
  while IFS= read -r line; do
    case $line in
      JAVA_RUNTIME_VERSION=*) version=${line#*=}; break ;;
      JAVA_VERSION=*) version=${line#*=} ;;
    esac
  done < "$jdk/release"
fi
version=${version#\"}; version=${version%\"}
feature=${version%%[!0-9]*}
cache=
if [ "${XDG_CACHE_HOME#/}" != "${XDG_CACHE_HOME:-}" ]; then
  cache=$XDG_CACHE_HOME/followup
elif [ -n "$HOME" ]; then
  cache=$HOME/.cache/followup
fi
kind=${FOLLOWUP_CDS:-auto}
if [ -z "$cache" ] || [ -z "$feature" ] || [ "$feature" -lt 17 ]; then
  kind=off
elif [ "$kind" = auto ]; then
  if [ "$feature" -ge 25 ]; then kind=aot; elif [ "$feature" -ge 19 ]; then kind=dynamic; else kind=static; fi
fi
# JVM messages about an archive that does not fit (stale, truncated, another JDK) are never shown:
# the run simply goes without it. JDK 24 and later name that log tag 'aot'.
quiet=cds*=off
if [ -n "$feature" ] && [ "$feature" -ge 24 ]; then quiet=$quiet,aot*=off; fi
key=$build-$version
case $key in *[!A-Za-z0-9._+-]*) kind=off ;; esac # never a path or a glob in a file name
# the options below always pass two words; a property stands in where there is nothing to say
# (-Xshare:auto would do on JDK 17, but JDK 25 refuses it beside -XX:AOTCache)
share=-Dfollowup.cds=$kind
auto=$share
train=
case $kind in
  static|aot)
    if [ "$kind" = static ]; then archive=$cache/cds-$key.jsa; else archive=$cache/aot-$key.aot; fi
    # usable when it exists, is newer than this file, was made for this file where it is now, and
    # has the size it was made with: JDK 17 dies of SIGBUS on a truncated archive
    trained=
    size=
    [ -f "$archive.path" ] && { IFS= read -r trained; IFS= read -r size; } < "$archive.path"
    if [ -f "$archive" ] && [ ! "$self" -nt "$archive" ] && [ "$trained" = "$self" ] \
        && [ -n "$(find "$archive" -prune -size "${size:-0}c" 2>/dev/null)" ]; then
      if [ "$kind" = static ]; then share=-XX:SharedArchiveFile=$archive; else share=-XX:AOTCache=$archive; fi
    else
      train=$kind
    fi
    ;;
  dynamic)
    # the JVM writes the archive itself, at exit, when it is missing or does not fit
    [ -d "$cache" ] || mkdir -p -m 700 "$cache" 2>/dev/null
    share=-XX:SharedArchiveFile=$cache/cds-$key.jsa
    auto=-XX:+AutoCreateSharedArchive
    ;;
esac

# No usable archive: run the command first (someone is waiting for it), then make the archive
# in the background. Otherwise exec: the JVM replaces this shell, so signals and the exit code
# are the JVM's own. C1 only and no perf data file: a short run gains nothing from C2. The serial
# collector with a small young generation keeps 10,000 applications under 100 MB (G1: 160 MB)
# at the same speed. followup.launcher says where this file is, so 'followup git init' can point
# git's merge driver at it.
run=exec
[ -n "$train" ] && run=
$run "$java" "$share" "$auto" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+UseSerialGC -Xmn8m \
  -Xlog:disable "-Xlog:all=warning,$quiet:stderr" \
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 \
  -Dfollowup.today="$today" -Dfollowup.stdin.tty=$tty_in -Dfollowup.stdout.tty=$tty_out -Dfollowup.columns="$cols" \
  -Dfollowup.launcher="$self" -cp "$self" followup.Main "$@"
code=$?
# A lock folder, taken before this script exits, keeps other launchers from training at the same
# time. A failed or killed training leaves it behind: it is taken over after ten minutes, so a JDK
# that cannot make archives costs one try per ten minutes, not one per run.
lock=$cache/.train-$key.lock
{ [ -d "$cache" ] || mkdir -p -m 700 "$cache"; } 2>/dev/null || exit $code
if ! mkdir -m 700 "$lock" 2>/dev/null; then
  [ -n "$(find "$lock" -prune -mmin +10 2>/dev/null)" ] && rmdir "$lock" 2>/dev/null \
    && mkdir -m 700 "$lock" 2>/dev/null || exit $code
fi
(
  # Detached from the terminal and from cron (all output to /dev/null), niced, private files.
  # The training runs on the bundled samples in a temp folder.
  umask 077
  work=
  trap 'rm -rf "$work"' EXIT
  trap 'exit 1' HUP INT TERM
  work=$(mktemp -d) || exit 1
  if [ "$train" = static ]; then
    # a static archive: the classes a training run loads, then -Xshare:dump
    nice -n 10 "$java" -XX:DumpLoadedClassList="$work/classes" -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
        -XX:+UseSerialGC -Xmn8m -Xlog:disable -cp "$self" followup.Train "$work" \
      && nice -n 10 "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes" \
        -XX:SharedArchiveFile="$work/archive" -XX:+UseSerialGC -Xlog:disable -cp "$self" || exit 1
  else
    # JDK 25's AOT cache: training run and assembly in one command
    nice -n 10 "$java" -XX:AOTCacheOutput="$work/archive" -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
      -XX:+UseSerialGC -Xmn8m -Xlog:disable -cp "$self" followup.Train "$work" || exit 1
  fi
  [ -s "$work/archive" ] || exit 1
  printf '%s\n%s\n' "$self" "$(wc -c < "$work/archive" | tr -d ' ')" > "$work/path"
  # copied into the cache under a temp name and on disk before it is renamed: after a power cut
  # the name never points at a short file
  mv -f "$work/archive" "$archive.$$.tmp" && { sync "$archive.$$.tmp" 2>/dev/null || :; } \
    && mv -f "$work/path" "$archive.path.$$.tmp" && mv -f "$archive.path.$$.tmp" "$archive.path" \
    && mv -f "$archive.$$.tmp" "$archive" \
    || { rm -f "$archive.$$.tmp" "$archive.path.$$.tmp"; exit 1; }
  # archives of other builds or JDKs not made again for a month are left over from upgrades
  find "$cache" -maxdepth 1 \( -name 'cds-*' -o -name 'aot-*' \) ! -name "*-$key.*" -mtime +30 \
    -exec rm -f {} + 2>/dev/null
  rmdir "$lock"
) </dev/null >/dev/null 2>&1 &
exit $code
