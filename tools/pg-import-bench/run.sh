#!/bin/bash
# PostgreSQL import benchmark (docs/benchmarks.md, "PostgreSQL import"): generates the seven files, then measures in
# the same run psql \copy into untyped text tables and `fundingreports import`, each into a fresh database of the
# server at 127.0.0.1:PORT (user postgres, trust authentication on loopback), with /usr/bin/time.
#   bash tools/pg-import-bench/run.sh PORT [FOLDER]
set -euo pipefail
PORT=$1
DATA=${2:-$(mktemp -d)}
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PSQL="$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -q"
CLI=${FUNDREPORTS_CLI:-Reporting.Cli/bin/Release/net10.0/fundingreports}
python3 "$(dirname "$0")/generate.py" "$DATA"
wc -l "$DATA"/*.csv | tail -1
$PSQL -c "DROP DATABASE IF EXISTS bench_copy;" -c "DROP DATABASE IF EXISTS bench_import;" \
      -c "CREATE DATABASE bench_copy;" -c "CREATE DATABASE bench_import;"
{
  echo "BEGIN;"
  for f in programs projects budget_lines participants placements expenditures disbursements; do
    cols=$(head -1 "$DATA/$f.csv" | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd,)
    echo "CREATE TABLE $f ($cols);"
    echo "\\copy $f FROM '$DATA/$f.csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)"
  done
  echo "COMMIT;"
} > "$DATA/copy.sql"
/usr/bin/time -f "psql copy: %e s, peak %M KB" $PSQL -d bench_copy -f "$DATA/copy.sql"
DB="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=bench_import"
$CLI init --db "$DB" >/dev/null
/usr/bin/time -f "fundingreports import: %e s, peak %M KB" $CLI import "$DATA"/*.csv --db "$DB"
