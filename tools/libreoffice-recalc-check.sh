#!/usr/bin/env bash
# Opens every .xlsx below DIR in LibreOffice twice (headless): once forced to recalculate all formulas on load,
# once never recalculating (cached values), exports every sheet as CSV and compares. Identical output means the
# cached totals FundingReports wrote equal what a spreadsheet computes. Also proves recalculation is real with a
# probe whose cached SUBTOTAL value is deliberately wrong.
# Usage: tools/libreoffice-recalc-check.sh demo-out      (needs: apt-get install libreoffice-calc python3)
set -euo pipefail
dir=${1:?usage: $0 DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
filter='csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1'
for mode in recalc:0 never:1; do
  name=${mode%%:*}
  mkdir -p "$work/$name/user" "$work/out-$name"
  cat > "$work/$name/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode##*:}</value></prop></item>
</oor:items>
XCU
done
mapfile -t files < <(find "$dir" -name '*.xlsx' | sort)
first_with_formula=""
for f in "${files[@]}"; do
  if unzip -p "$f" 'xl/worksheets/*.xml' 2>/dev/null | grep -q '<f>SUBTOTAL'; then first_with_formula=$f; break; fi
done
python3 - "$first_with_formula" "$work/probe.xlsx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin, zout, done = zipfile.ZipFile(src), zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED), False
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename.startswith('xl/worksheets/') and not done:
        s = data.decode()
        m = re.search(r'(<f>SUBTOTAL\([^<]*</f><v>)([^<]*)(</v>)', s)
        if m:
            data, done = (s[:m.start()] + m.group(1) + '987654321' + m.group(3) + s[m.end():]).encode(), True
    zout.writestr(item, data)
zout.close()
PY
for name in recalc never; do
  soffice -env:UserInstallation="file://$work/$name" --headless --convert-to "$filter" --outdir "$work/out-$name" "${files[@]}" >/dev/null 2>&1
  mkdir -p "$work/probe-$name"
  soffice -env:UserInstallation="file://$work/$name" --headless --convert-to "$filter" --outdir "$work/probe-$name" "$work/probe.xlsx" >/dev/null 2>&1
done
sheets=$(ls "$work/out-recalc" | wc -l)
if cat "$work"/probe-recalc/* | grep -q 987654321; then echo "FAIL: LibreOffice did not recalculate (probe kept its wrong cached value)"; exit 1; fi
if ! cat "$work"/probe-never/* | grep -q 987654321; then echo "FAIL: probe not read as expected"; exit 1; fi
if diff -rq "$work/out-recalc" "$work/out-never" >/dev/null; then
  echo "OK: ${#files[@]} workbooks, $sheets sheets: recalculating every formula in LibreOffice changes no value"
else
  diff -r "$work/out-recalc" "$work/out-never" | head -20
  echo "FAIL: recalculation changed values"; exit 1
fi
