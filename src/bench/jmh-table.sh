#!/usr/bin/env bash
# Turns JMH's CSV results (-rf csv) into a Markdown table for the README: one row per
# benchmark, one column per number of applications, milliseconds per operation ± error.
set -euo pipefail
csv=${1:-target/bench/jmh.csv}
awk -F',' '
  NR == 1 { next }
  {
    for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
    name = $1; sub(/.*\./, "", name)
    n = $NF
    cell[name, n] = sprintf("%.2f ± %.2f", $5, $6)
    if (!(name in seen)) { seen[name] = 1; order[++rows] = name }
    if (!(n in seenn)) { seenn[n] = 1; sizes[++cols] = n }
  }
  END {
    printf "| in-process, ms per operation |"; for (c = 1; c <= cols; c++) printf " %s applications |", sizes[c]; print ""
    printf "|---|"; for (c = 1; c <= cols; c++) printf "---:|"; print ""
    for (r = 1; r <= rows; r++) {
      printf "| %s |", order[r]; for (c = 1; c <= cols; c++) printf " %s |", cell[order[r], sizes[c]]; print ""
    }
  }' "$csv" | tee "${csv%.csv}.md"
