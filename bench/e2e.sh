#!/usr/bin/env bash
# End-to-end comparison of whole processes: `npm run bench:e2e`.
# On a 1,048,575-line CSV (customer,revenue; 524,288 customers), each writing the per-customer CSV:
#   kam:    node bin/kam.js analyze FILE --format csv --out OUT
#   DuckDB: node bench/peers/duckdb_abc.mjs FILE OUT   (read_csv, GROUP BY, window sums, COPY)
#   Polars: node bench/peers/polars_abc.mjs FILE OUT   (readCSV, groupBy, sort, cumSum, writeCSV)
#   pandas: /usr/bin/python3 bench/pandas_abc.py FILE OUT
# then kam --format json against kam --format csv, and kam on the same rows as an .xlsx (time and
# peak memory). Runs alternate between the tools (one of each per round), medians of $RUNS rounds;
# every tool must give every customer the same class.
# DuckDB and Polars live in bench/peers/ with their own lock file, installed here on first use;
# they are never part of the add-in's dependencies. pandas is Debian's (skipped with a note if
# absent): apt-get install -y python3-pandas. /usr/bin/python3 on purpose: a pyenv python3
# earlier on PATH usually has no pandas. Times and peak memory come from GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1048575}
RUNS=${RUNS:-5}
DATA=${DATA:-/tmp/kam-e2e-$ROWS.csv}
XLSX=${XLSX:-/tmp/kam-e2e-$ROWS.xlsx}
PYTHON=${PYTHON:-/usr/bin/python3}
OUT=$(mktemp -d /tmp/kam-e2e-out.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

if [ ! -x /usr/bin/time ]; then
  echo "bench:e2e needs GNU time: apt-get install -y time" >&2
  exit 1
fi
if [ ! -d bench/peers/node_modules ]; then
  echo "installing DuckDB and Polars into bench/peers (first run only)"
  npm ci --prefix bench/peers --no-audit --no-fund --silent
fi
tools=(kam duckdb polars)
if "$PYTHON" -c "import pandas" 2>/dev/null; then
  tools+=(pandas)
else
  echo "note: pandas left out; for it: apt-get install -y python3-pandas" >&2
fi

npm run --silent build:cli
[ -f "$DATA" ] || node dist-cli/bench/makeCsv.js "$DATA" "$ROWS"
[ -f "$XLSX" ] || node dist-cli/bench/makeXlsx.js "$XLSX" "$ROWS"

run() {
  case "$1" in
  kam) node bin/kam.js analyze "$DATA" --format csv --out "$OUT/kam.csv" ;;
  json) node bin/kam.js analyze "$DATA" --format json --out "$OUT/kam.json" ;;
  xlsx) node bin/kam.js analyze "$XLSX" --format csv --out "$OUT/xlsx.csv" ;;
  duckdb) node bench/peers/duckdb_abc.mjs "$DATA" "$OUT/duckdb.csv" ;;
  polars) node bench/peers/polars_abc.mjs "$DATA" "$OUT/polars.csv" ;;
  pandas) "$PYTHON" bench/pandas_abc.py "$DATA" "$OUT/pandas.csv" ;;
  esac
}

# One run: appends "seconds peak_kb" to $OUT/NAME.times.
measure() {
  if ! /usr/bin/time -f "%e %M" -o "$OUT/last" bash -c "$(declare -f run); DATA='$DATA' XLSX='$XLSX' OUT='$OUT' PYTHON='$PYTHON'; run $1" >/dev/null 2>"$OUT/$1.err"; then
    echo "$1 failed:" >&2
    cat "$OUT/$1.err" >&2
    exit 1
  fi
  tail -n 1 "$OUT/last" >>"$OUT/$1.times"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); print (NR % 2 ? v[m] : (v[m] + v[m + 1]) / 2) }'
}
seconds() { cut -d' ' -f1 "$OUT/$1.times" | median; }
peak_mb() { cut -d' ' -f2 "$OUT/$1.times" | sort -n | tail -n 1 | awk '{ printf "%d", $1 / 1024 }'; }

echo "data: $DATA ($(wc -l <"$DATA") lines, $(du -h "$DATA" | cut -f1)), $XLSX ($(du -h "$XLSX" | cut -f1))"
echo "machine: $(nproc) cores, node $(node --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
all=("${tools[@]}" json xlsx)
for ((i = 1; i <= RUNS; i++)); do
  line="round $i:"
  for t in "${all[@]}"; do
    measure "$t"
    line+=" $t $(tail -n 1 "$OUT/$t.times" | cut -d' ' -f1) s"
  done
  echo "$line"
done

# Every tool must agree on the customers and their classes (ties may be ordered differently).
check() { tail -n +2 "$1" | awk -F, -v c="$2" '{ print $2 "," $c }' | sort | md5sum | cut -d' ' -f1; }
want=$(check "$OUT/kam.csv" 6)
agree="same customers and classes"
for t in "${tools[@]}" xlsx; do
  [ "$t" = kam ] && continue
  file="$OUT/$t.csv"
  [ "$(check "$file" 6)" = "$want" ] || agree="DIFFERENT customers or classes from $t"
done
echo "check: $agree (kam, ${tools[*]:1}, kam on the .xlsx)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

kam=$(seconds kam)
summary="e2e: rows=$ROWS medians of $RUNS: kam_s=$kam"
for t in "${tools[@]:1}"; do
  s=$(seconds "$t")
  summary+=" ${t}_s=$s kam/${t}=$(echo "scale=2; $kam / $s" | bc)"
done
echo "$summary"
json=$(seconds json)
echo "json: kam_json_s=$json json/csv=$(echo "scale=2; $json / $kam" | bc)"
echo "xlsx: kam_xlsx_s=$(seconds xlsx) peak_mb=$(peak_mb xlsx) (csv peak_mb=$(peak_mb kam))"
