#!/usr/bin/env bash
# Start-up benchmark of the packaged followup, as a person meets it: median wall time and peak
# memory of `followup today` on data homes of 10, 1,000 and 10,000 applications, of --version
# and --help, and of a JVM hello world, all interleaved in one run so that their ratios hold
# even on a busy machine. Prints a Markdown table ready for the README, then the targets.
#
#   src/bench/bench.sh                      # after: mvn -B -q package -DskipTests
#   src/bench/bench.sh -n 31 -s "10 1000"   # more runs, fewer sizes
#   src/bench/bench.sh -x 'no-cds=FOLLOWUP_CDS=off {f} {home-1000} today'   # an extra row
#
# Options: -n RUNS (21), -s SIZES ("10 1000 10000"), -f LAUNCHER (target/followup),
# -d WORK folder (target/bench: generated homes, caches, hello world), -x 'LABEL=COMMAND' (any
# number; {f} is the launcher, {home-N} a generated home), -o FILE (also write the table there).
# Needs bash, GNU time (/usr/bin/time, Debian package "time") and a JDK 17+ (JAVA_HOME or PATH).
# The launcher's caches live in WORK/cache (XDG_CACHE_HOME), never in the user's own.
set -euo pipefail

runs=21
sizes="10 1000 10000"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
launcher=$root/target/followup
work=$root/target/bench
out=
extra=()
while getopts "n:s:f:d:x:o:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    s) sizes=$OPTARG ;;
    f) launcher=$(cd "$(dirname "$OPTARG")" && pwd)/$(basename "$OPTARG") ;;
    d) work=$OPTARG ;;
    x) extra+=("$OPTARG") ;;
    o) out=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
[ -x "$launcher" ] || { echo "bench: no $launcher; build it first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (/usr/bin/time; Debian: apt-get install time)" >&2; exit 2; }
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; javac=$JAVA_HOME/bin/javac; else java=java; javac=javac; fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
export XDG_CACHE_HOME=$work/cache
as_of=2026-11-23

# ---- the data homes (kept between runs: they are deterministic) and the hello world --------
for n in $sizes; do
  if [ ! -f "$work/home-$n/.complete" ]; then
    echo "bench: generating $n applications" >&2
    rm -rf "$work/home-$n"
    "$java" "$here/java/followup/bench/GenerateHomes.java" "$work" "$n"
    touch "$work/home-$n/.complete"
  fi
  # a copy for the runs "just after a change", whose touches must not reach the other runs
  if [ ! -f "$work/changed-$n/.complete" ]; then
    rm -rf "$work/changed-$n"
    cp -a "$work/home-$n" "$work/changed-$n"
  fi
done
if [ ! -f "$work/hello/Hello.class" ]; then
  mkdir -p "$work/hello"
  printf 'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("Hello, world");\n    }\n}\n' \
    > "$work/hello/Hello.java"
  "$javac" -d "$work/hello" "$work/hello/Hello.java"
fi

# ---- what is measured -----------------------------------------------------------------------
labels=("hello world (java -cp . Hello)" "followup --version" "followup --help")
commands=("$java -cp $work/hello Hello" "$launcher --version" "$launcher --help")
# today twice per size: as a prompt runs it again and again (the answer kept from the last run,
# see AnswerCache), and as the first run after a change (in a copy of the home whose config.yaml
# is touched just before: no kept answer, the applications from the index, the playbook and the
# printing all done again)
for n in $sizes; do
  labels+=("followup today, $n applications")
  commands+=("$launcher --home $work/home-$n --as-of $as_of today")
  labels+=("followup today, $n applications, just after a change")
  commands+=("touch $work/changed-$n/config.yaml && $launcher --home $work/changed-$n --as-of $as_of today")
done
for x in "${extra[@]}"; do
  cmd=${x#*=}
  cmd=${cmd//\{f\}/$launcher}
  for n in $sizes; do cmd=${cmd//\{home-$n\}/--home $work/home-$n --as-of $as_of}; done
  labels+=("${x%%=*}")
  commands+=("$cmd")
done

# ---- warm-up: the class-data archive is made in the background after a first run; wait for
# it, and let each home's index be written, as after a person's first day of use -------------
"$launcher" --version >/dev/null
for _ in $(seq 1 240); do
  if compgen -G "$XDG_CACHE_HOME/followup/[ca][do][st]-*" >/dev/null \
      && ! compgen -G "$XDG_CACHE_HOME/followup/.train-*" >/dev/null; then
    break
  fi
  sleep 0.5
done
for c in "${commands[@]}"; do bash -c "$c" >/dev/null 2>&1 || true; done
for c in "${commands[@]}"; do bash -c "$c" >/dev/null 2>&1 || true; done

# ---- the runs: every command once per round, the order rotated each round ------------------
count=${#commands[@]}
declare -a walls rss
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 0; r < runs; r++)); do
  for ((k = 0; k < count; k++)); do
    i=$(( (k + r) % count ))
    start=$EPOCHREALTIME
    /usr/bin/time -f %M -o "$work/time.txt" bash -c "${commands[$i]}" >/dev/null 2>"$work/stderr.txt" \
      || { echo "bench: failed: ${commands[$i]}" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    end=$EPOCHREALTIME
    walls[$i]+="$(( (${end/./} - ${start/./}) / 1000 )) "
    rss[$i]+="$(tail -1 "$work/time.txt") "
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
quartiles() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {printf "%d–%d", a[int(NR/4)+1], a[int(3*NR/4)+1]}'; }

declare -a med mem
for ((i = 0; i < count; i++)); do
  med[$i]=$(echo "${walls[$i]}" | median)
  mem[$i]=$(echo "${rss[$i]}" | median)
done
hello=${med[0]}

jdk=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {v=$2} /java.vm.vendor/ {n=$2} END {print n " " v}')
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM,"
  echo "$jdk; $runs interleaved runs each, load average $load_before before, $load_after after."
  echo
  echo "| command | median wall | middle half | × hello world | peak RSS (median) |"
  echo "|---|---:|---:|---:|---:|"
  for ((i = 0; i < count; i++)); do
    ratio=$(awk -v a="${med[$i]}" -v b="$hello" 'BEGIN {printf "%.2f", a / b}')
    printf '| %s | %d ms | %s ms | %s | %d MB |\n' "${labels[$i]}" "${med[$i]}" "$(echo "${walls[$i]}" | quartiles)" \
      "$ratio" $(( ${mem[$i]} / 1024 ))
  done
} | tee "$work/result.md"

# ---- the targets of issue 8 (SPEC §8), as ratios in this one run ----------------------------
find_label() { for ((i = 0; i < count; i++)); do [ "${labels[$i]}" = "$1" ] && { echo "$i"; return; }; done; echo -1; }
check() { # NAME VALUE LIMIT
  if awk -v v="$2" -v l="$3" 'BEGIN {exit !(v <= l)}'; then mark=met; else mark="NOT met"; fi
  printf -- '- %s: %s (target ≤ %s): %s\n' "$1" "$2" "$3" "$mark"
}
{
  echo
  echo "Targets:"
  v=$(find_label "followup --version"); h=$(find_label "followup --help")
  check "--version / hello world" "$(awk -v a="${med[$v]}" -v b="$hello" 'BEGIN {printf "%.2f", a / b}')" 2
  check "--help / hello world" "$(awk -v a="${med[$h]}" -v b="$hello" 'BEGIN {printf "%.2f", a / b}')" 2
  for kind in "" ", just after a change"; do
    t1=$(find_label "followup today, 1000 applications$kind"); t10=$(find_label "followup today, 10000 applications$kind")
    what=${kind:-, answer kept}
    if [ "$t1" -ge 0 ]; then
      check "today on 1,000$what / hello world" "$(awk -v a="${med[$t1]}" -v b="$hello" 'BEGIN {printf "%.2f", a / b}')" 2.5
    fi
    if [ "$t1" -ge 0 ] && [ "$t10" -ge 0 ]; then
      check "today on 10,000 / today on 1,000$what" "$(awk -v a="${med[$t10]}" -v b="${med[$t1]}" 'BEGIN {printf "%.2f", a / b}')" 5
      check "peak RSS of today on 10,000$what (MB)" "$(( ${mem[$t10]} / 1024 ))" 100
    fi
  done
} | tee -a "$work/result.md"
[ -z "$out" ] || cp "$work/result.md" "$out"
