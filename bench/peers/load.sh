#!/usr/bin/env bash
# Times loading the synthetic table of issue 22 (20 numbers and a text label a row, made by
# make_table.py) as whole processes, side by side in one run: Neurona (`./nn run` on a script that
# loads the table, encodes the label, normalises the features and prints the data set) against
# polars and pandas with its C and pyarrow engines (load_table.py: read, float32 matrix,
# standardise, label codes). For each table size and peer it prints the median wall time and
# peak resident memory (/usr/bin/time) of RUNS runs taken in turns, the peers' own load seconds,
# and the one-minute load average as each run starts (the median of a row's runs in its last
# column; before and after the whole run above the table), since others may share the machine:
# on 2 cores a load above 2 means the figures are slowed by other jobs.
#
# The peers run in a Python environment outside the repository (NEURONA_PEERS_VENV, default
# ~/.cache/neurona-peers, the one venv.sh makes); if it lacks the loaders they are installed there
# from the package index (numpy, pandas, pyarrow, polars). `./nn` builds the jar if it is stale.
# Usage: bench/peers/load.sh [ROWS,ROWS,...] [RUNS] [DIR]   (defaults: 100000,1000000  3  a temp dir)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${1:-100000,1000000}"
runs="${2:-3}"
dir="${3:-$(mktemp -d)}"
venv="${NEURONA_PEERS_VENV:-$HOME/.cache/neurona-peers}"

[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
"$venv/bin/python" -c 'import numpy, pandas, pyarrow, polars' 2>/dev/null \
  || "$venv/bin/pip" install -q "numpy>=2" pandas pyarrow polars >&2
python="$venv/bin/python"
"$root/nn" --version >/dev/null 2>&1 || true # builds the jar now, outside the timings

# measure NAME COMMAND...: one run; appends "NAME seconds peak_kb load_seconds load_average" to $results.
measure() {
  local name="$1"; shift
  local out; out="$(mktemp)"
  local average; average="$(cut -d ' ' -f 1 /proc/loadavg)"
  if /usr/bin/time -f "%e %M" -o "$out.time" "$@" >"$out" 2>"$out.err"; then
    local load; load="$(awk '$1 == "load_seconds" { print $2 }' "$out")"
    echo "$name $(cat "$out.time") ${load:--} $average" >>"$results"
  else
    echo "$name failed" >>"$results"
    sed 's/^/  /' "$out.err" >&2
  fi
  rm -f "$out" "$out.time" "$out.err"
}

results="$(mktemp)"
echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB, $(date -u '+%F %H:%M') UTC"
echo "Neurona $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?') on $(java -version 2>&1 | head -n 1)"
"$python" -c 'import sys, numpy, pandas, pyarrow, polars; print(f"Python {sys.version.split()[0]}, numpy {numpy.__version__}, pandas {pandas.__version__}, pyarrow {pyarrow.__version__}, polars {polars.__version__}")'
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"

IFS=, read -r -a rows_list <<<"$sizes"
for rows in "${rows_list[@]}"; do
  table="$dir/table-$rows.csv"
  [ -f "$table" ] || "$python" "$here/make_table.py" "$rows" "$table"
  script="$dir/load-$rows.nn"
  printf 'data table = csv("%s") {\n  target label\n  normalize standard\n}\nprint table\n' "$(basename "$table")" >"$script"
  for ((run = 1; run <= runs; run++)); do
    measure "$rows neurona" "$root/nn" run "$script" --quiet
    measure "$rows polars" "$python" "$here/load_table.py" polars "$table"
    measure "$rows pandas-c" "$python" "$here/load_table.py" pandas-c "$table"
    measure "$rows pandas-pyarrow" "$python" "$here/load_table.py" pandas-pyarrow "$table"
  done
  echo "$rows bytes $(stat -c %s "$table")" >>"$results"
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo
echo "Median of $runs runs each, whole processes (wall time from start to exit, peak resident memory):"
echo
echo "| rows | file MB | peer | wall s | peak MB | its own load s | load average |"
echo "|---|---|---|---|---|---|---|"
awk '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  $2 == "bytes" { bytes[$1] = $3; next }
  {
    key = $1 " " $2
    if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    if ($3 == "failed") { failed[key] = 1; next }
    wall[key] = wall[key] " " $3; rss[key] = rss[key] " " $4; busy[key] = busy[key] " " $6
    if ($5 != "-") load[key] = load[key] " " $5
  }
  END {
    for (i = 1; i <= n; i++) {
      split(order[i], k, " ")
      if (order[i] in failed) { printf "| %s | %.0f | %s | failed | | | |\n", k[1], bytes[k[1]] / 1e6, k[2]; continue }
      own = (order[i] in load) ? sprintf("%.2f", median(load[order[i]])) : "-"
      printf "| %s | %.0f | %s | %.2f | %.0f | %s | %.1f |\n", k[1], bytes[k[1]] / 1e6, k[2], median(wall[order[i]]), median(rss[order[i]]) / 1024, own, median(busy[order[i]])
    }
  }' "$results"
rm -f "$results"
