#!/usr/bin/env bash
# End-to-end comparison with pandas: `npm run bench:e2e`.
# Times whole processes on a 1,048,575-row CSV (customer,revenue; ~524,000 customers):
#   kam:    node bin/kam.js analyze FILE --format csv --out /tmp/kam.csv
#   pandas: /usr/bin/python3 bench/pandas_abc.py FILE /tmp/pandas.csv
# Needs Debian's pandas for the measurement only (not part of npm test):
#   apt-get update && apt-get install -y python3-pandas
# /usr/bin/python3 on purpose: a pyenv python3 earlier on PATH usually has no pandas.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1048575}
RUNS=${RUNS:-5}
DATA=${DATA:-/tmp/kam-e2e-$ROWS.csv}
PYTHON=${PYTHON:-/usr/bin/python3}

if ! "$PYTHON" -c "import pandas" 2>/dev/null; then
  echo "bench:e2e needs pandas for $PYTHON: apt-get update && apt-get install -y python3-pandas" >&2
  exit 1
fi

npm run --silent build:cli
[ -f "$DATA" ] || node dist-cli/bench/makeCsv.js "$DATA" "$ROWS"

# Wall-clock seconds of one run of the command.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); print (NR % 2 ? v[m] : (v[m] + v[m + 1]) / 2) }'
}

echo "data: $DATA ($(wc -l <"$DATA") lines, $(du -h "$DATA" | cut -f1)); $RUNS runs each, alternating"
kam_times=()
pandas_times=()
for ((i = 1; i <= RUNS; i++)); do
  kam_times+=("$(seconds node bin/kam.js analyze "$DATA" --format csv --out /tmp/kam.csv)")
  pandas_times+=("$(seconds "$PYTHON" bench/pandas_abc.py "$DATA" /tmp/pandas.csv)")
  echo "run $i: kam ${kam_times[-1]} s, pandas ${pandas_times[-1]} s"
done

# Both must agree on the customers and their classes (ties may be ordered differently).
check() { tail -n +2 "$1" | awk -F, -v c="$2" '{ print $2 "," $c }' | sort | md5sum | cut -d' ' -f1; }
if [ "$(check /tmp/kam.csv 6)" = "$(check /tmp/pandas.csv 6)" ]; then
  agree="same customers and classes"
else
  agree="DIFFERENT customers or classes"
fi

kam=$(printf '%s\n' "${kam_times[@]}" | median)
pandas=$(printf '%s\n' "${pandas_times[@]}" | median)
echo "check: $agree"
echo "e2e: rows=$ROWS kam_s=$kam pandas_s=$pandas speedup=$(echo "scale=2; $pandas / $kam" | bc)"
