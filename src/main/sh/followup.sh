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
# JVM message about it ever reaches the terminal. The JVM maps that file as code, so it is used
# only from a folder that is yours alone (0700), only if it is yours and nothing wrote to it since
# it was made, and a JVM crash drops it; the JVM's crash report stays in that folder.
# FOLLOWUP_CDS=off turns it off; static, dynamic or aot choose the kind (the default picks the
# best one the JDK has).
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
nl='
'
cache=
if [ "${XDG_CACHE_HOME#/}" != "${XDG_CACHE_HOME:-}" ]; then
  cache=$XDG_CACHE_HOME/followup
elif [ -n "$HOME" ]; then
  cache=$HOME/.cache/followup
fi
# The folder's path goes into JVM options and into a shell command the JVM runs after a crash
# (below): none of ' % ; : or a line break, which those would read as syntax.
case $cache in *[\'%\;:]*|*"$nl"*) cache= ;; esac
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
case $kind in
  static|dynamic) archive=$cache/cds-$key.jsa ;;
  aot) archive=$cache/aot-$key.aot ;;
  *) kind=off; archive= ;;
esac

# What the file system says of each path, one line each: type and mode, owner, size, inode and
# change time (to the nanosecond where the system keeps it). No program can set the change time:
# any write, even one that keeps the size and the modification time, changes this line. GNU and
# busybox stat, else BSD's (macOS; not tested here). lstat: a symbolic link is seen as a link.
fingerprint() {
  TZ=UTC0 stat -c '%A %u %s %i %z' -- "$@" 2>/dev/null || stat -f '%Sp %u %z %i %c' -- "$@" 2>/dev/null
}
# Archives, the JVM's crash reports and training live only in a folder that is the user's own and
# 0700: in one others can write, anyone could plant an archive, which the JVM would map as code.
# One stat tells the folder's mode and the archive's line at once (the builtin test -O tells the
# owners). The user's own folder with a wider mode is made 0700 (as followup's other caches do),
# and what it holds is not trusted this once: the archive is made again. A folder of another user
# is left as it is: no archive is used or made there, and crash reports go nowhere.
private=false
seen=
if [ -n "$cache" ] && [ -d "$cache" ] && [ -O "$cache" ]; then
  if [ "$kind" != off ] && [ -f "$archive" ] && [ -O "$archive" ]; then
    seen=$(fingerprint "$cache" "$archive")
  else
    seen=$(fingerprint "$cache")
  fi
  case $seen in
    drwx--[-S]---\ *) private=true ;; # (S: set-group-ID, inherited from the parent)
    d*) chmod 700 -- "$cache" 2>/dev/null && private=true && seen=${seen%%"$nl"*} ;;
  esac
elif [ "$kind" = dynamic ] && [ ! -e "$cache" ] && [ ! -h "$cache" ]; then
  # the JVM writes a dynamic archive itself, at exit: the folder must be there first
  mkdir -p -- "${cache%/*}" 2>/dev/null && mkdir -m 700 -- "$cache" 2>/dev/null && private=true
fi
[ "$private" = true ] || [ ! -e "$cache" ] || kind=off
# An archive under which the JVM crashed twice (for this build and JDK) is not made again.
crashed=0
[ "$kind" != off ] && [ -f "$archive.crashes" ] && { read -r _ && read -r _ && crashed=2; } < "$archive.crashes"
# the options below always pass the same words; a property stands in where there is nothing to say
# (-Xshare:auto would do on JDK 17, but JDK 25 refuses it beside -XX:AOTCache)
share=-Dfollowup.cds=$kind
auto=$share
onerror=
train=
# the archive's line now (empty when it was not looked at) and the one recorded in its .path file
line=${seen#*"$nl"}
[ "$line" = "$seen" ] && line=
trained=
recorded=
[ "$kind" != off ] && [ -f "$archive.path" ] && { IFS= read -r trained; IFS= read -r recorded; } < "$archive.path"
case $kind in
  static|aot)
    # usable when it is the user's, newer than this file, was made for this file where it is now,
    # and is the very file the training recorded: same inode, size, mode and change time, so not
    # a byte of it was written since (a same-size overwrite made the JVM die of SIGSEGV on every
    # run; JDK 17 dies of SIGBUS on a truncated one)
    if [ "$private" = true ] && [ -n "$line" ] && [ "$line" = "$recorded" ] && [ "$trained" = "$self" ] \
        && [ ! "$self" -nt "$archive" ]; then
      if [ "$kind" = static ]; then share=-XX:SharedArchiveFile=$archive; else share=-XX:AOTCache=$archive; fi
    elif [ "$crashed" -lt 2 ]; then
      train=$kind
    fi
    ;;
  dynamic)
    # The JVM writes it at exit when it is missing or does not fit, so no training records it: its
    # line is recorded the first time a run finds it (a regular file of the user's that others
    # cannot write), and an archive changed since is removed, for the JVM to make again.
    if [ -e "$archive" ] || [ -h "$archive" ]; then
      if [ -n "$recorded" ] && [ "$line" = "$recorded" ]; then
        :
      elif [ -z "$recorded" ] && [ -n "$line" ] && case $line in -????-??-?\ *) true ;; *) false ;; esac; then
        (umask 077 && printf '%s\n%s\n' "$self" "$line" > "$archive.path") 2>/dev/null
      else
        rm -f -- "$archive" "$archive.path"
      fi
    fi
    if [ "$crashed" -lt 2 ]; then
      share=-XX:SharedArchiveFile=$archive
      auto=-XX:+AutoCreateSharedArchive
    else
      share=-Dfollowup.cds=off
      auto=$share
    fi
    ;;
esac
# A JVM crash report (hs_err_pid*.log) holds the environment, and a core dump every file the run
# read: the report goes to the private cache folder (made 0600 like the rest), never to the
# current folder (the JVM's default), else nowhere; no core dump (a crash still exits 134,
# SIGABRT). When an archive is in use, a crash drops it so the next run is clean, and counts the
# crash (after two, that build and JDK go without archives). The JVM runs these commands, split at
# ';', each with sh -c, after writing its report; %p is its process id.
ulimit -c 0 2>/dev/null
errors=/dev/null
replay=/dev/null
if [ "$private" = true ]; then
  errors=$cache/hs_err_pid%p.log
  replay=$cache/replay_pid%p.log
  onerror="chmod 600 -- '$errors' '$replay' 2>/dev/null"
  case $share in
    -XX:*) onerror="$onerror; umask 077 && rm -f -- '$archive' '$archive.path' && echo >> '$archive.crashes'" ;;
  esac
fi

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
  "-XX:ErrorFile=$errors" "-XX:ReplayDataFile=$replay" "-XX:OnError=$onerror" \
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 \
  -Dfollowup.today="$today" -Dfollowup.stdin.tty=$tty_in -Dfollowup.stdout.tty=$tty_out -Dfollowup.columns="$cols" \
  -Dfollowup.launcher="$self" -cp "$self" followup.Main "$@"
code=$?
# Training needs the private folder: made here (0700) when there was none before the run (the run
# may have made it, for its own caches: then it is looked at again, as above).
if [ "$private" != true ]; then
  [ -d "$cache" ] || { mkdir -p -- "${cache%/*}" && mkdir -m 700 -- "$cache"; } 2>/dev/null || exit $code
  [ -O "$cache" ] && case $(fingerprint "$cache") in drwx--[-S]---\ *) true ;; *) false ;; esac || exit $code
  errors=$cache/hs_err_pid%p.log
  replay=$cache/replay_pid%p.log
fi
# A lock folder, taken before this script exits, keeps other launchers from training at the same
# time. A failed or killed training leaves it behind: it is taken over after ten minutes, so a JDK
# that cannot make archives costs one try per ten minutes, not one per run.
lock=$cache/.train-$key.lock
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
        -XX:+UseSerialGC -Xmn8m -Xlog:disable "-XX:ErrorFile=$errors" "-XX:ReplayDataFile=$replay" \
        -cp "$self" followup.Train "$work" \
      && nice -n 10 "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes" \
        -XX:SharedArchiveFile="$work/archive" -XX:+UseSerialGC -Xlog:disable \
        "-XX:ErrorFile=$errors" "-XX:ReplayDataFile=$replay" -cp "$self" || exit 1
  else
    # JDK 25's AOT cache: training run and assembly in one command
    nice -n 10 "$java" -XX:AOTCacheOutput="$work/archive" -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
      -XX:+UseSerialGC -Xmn8m -Xlog:disable "-XX:ErrorFile=$errors" "-XX:ReplayDataFile=$replay" \
      -cp "$self" followup.Train "$work" || exit 1
  fi
  [ -s "$work/archive" ] || exit 1
  # copied into the cache under a temp name and on disk before it is renamed, then its line
  # recorded: after a power cut the name never points at a short file, and the recorded line
  # is of the file in place (a rename changes the change time)
  mv -f "$work/archive" "$archive.$$.tmp" && { sync "$archive.$$.tmp" 2>/dev/null || :; } \
    && mv -f "$archive.$$.tmp" "$archive" && line=$(fingerprint "$archive") && [ -n "$line" ] \
    && printf '%s\n%s\n' "$self" "$line" > "$archive.path.$$.tmp" && mv -f "$archive.path.$$.tmp" "$archive.path" \
    || { rm -f "$archive.$$.tmp" "$archive.path.$$.tmp"; exit 1; }
  # archives of other builds or JDKs not made again for a month are left over from upgrades, and
  # crash reports are kept a month
  find "$cache" -maxdepth 1 -mtime +30 \( \( \( -name 'cds-*' -o -name 'aot-*' \) ! -name "*-$key.*" \) \
    -o -name 'hs_err_pid*.log' -o -name 'replay_pid*.log' \) -exec rm -f {} + 2>/dev/null
  rmdir "$lock"
) </dev/null >/dev/null 2>&1 &
exit $code
