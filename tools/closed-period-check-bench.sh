#!/usr/bin/env bash
# Measures what the closed-period check costs an import: the same records imported into a database without closed
# periods and into one where every project has a closed period (its last day), with GNU time. docs/benchmarks.md,
# "Closed-period check of an import", has the figures this printed.
#   tools/closed-period-check-bench.sh [PROJECTS PARTICIPANTS VOUCHERS]
set -euo pipefail
projects=${1:-20} participants=${2:-40000} vouchers=${3:-400000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$root/Reporting.Cli" -v q -nologo >/dev/null
cli=(dotnet "$root/Reporting.Cli/bin/Release/net10.0/fundingreports.dll")
"${cli[@]}" generate --projects "$projects" --participants "$participants" --vouchers "$vouchers" --headers en --out "$work/set" >/dev/null
records=("$work/set/participants.csv" "$work/set/placements.csv" "$work/set/expenditures.csv" "$work/set/disbursements.csv")
base=("$work/set/programs.csv" "$work/set/projects.csv" "$work/set/budget_lines.csv")

measure() { # label db [import options]
    local label=$1 db=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "${cli[@]}" import "${records[@]}" --db "$db" "$@" >/dev/null
    read -r seconds kb <"$work/time"
    printf '| %s | %s s | %s MB |\n' "$label" "$seconds" "$((kb / 1024))"
}

for run in 1 2; do
    "${cli[@]}" import "${base[@]}" --db "$work/open$run.db" >/dev/null
    "${cli[@]}" import "${base[@]}" --db "$work/closed$run.db" >/dev/null
    # Every project: the first day of its runtime closed (every record is looked up among the closed periods, those of
    # that day are stored as corrections), and, in a second database, its first month.
    tail -n +2 "$work/set/projects.csv" | while IFS=';' read -r id _ _ _ _ start _; do
        echo "$id ${start:6:4}-${start:3:2}-${start:0:2} ${start:6:4}-${start:3:2}"
    done >"$work/days"
    cp "$work/closed$run.db" "$work/month$run.db"
    while read -r id day month; do
        "${cli[@]}" close --project "$id" --period "$day..$day" --as-of "$day" --db "$work/closed$run.db" >/dev/null
        "${cli[@]}" close --project "$id" --period "$month" --db "$work/month$run.db" >/dev/null
    done <"$work/days"
    measure "run $run, no closed period" "$work/open$run.db"
    measure "run $run, every project its first day closed, --correction" "$work/closed$run.db" --correction "bench"
    measure "run $run, every project its first month closed, --correction" "$work/month$run.db" --correction "bench"
done
