#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# End-to-end check of the command line: runs the real ./cartograph script against the built
# product (as a user or a CI job would) and checks exit codes and key lines of the output.
# ./build runs it after the Maven build and its tests succeed; it can also be run on its own
# once the product is built:
#
#   releng/scripts/cli-smoke.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 # English messages, whatever the machine's language

CHECK_NAME=cli-smoke
source "$(dirname "${BASH_SOURCE[0]}")/check-lib.sh"

# The checks below read whole lines: tables at full width, as in a file (COLUMNS=0), except
# where a line says otherwise.
export COLUMNS=0
run 0 criteria
has out '^ai-act-risk +EU AI Act risk class +Feasibility +cost'
has out '^strategic-value +Strategic business value +Impact'
# Fitted into 120 columns, the criteria table keeps its identifiers whole.
run 0 COLUMNS=120 -- criteria
has out '^data-process-maturity +Data and'
awk 'length > 120 { exit 1 }' "$work/out" || fail "the criteria table is wider than 120 columns"

cp "$sample" "$work/kestrel-mutual.cartograph"
run 0 rank kestrel-mutual.cartograph
has out '^Ranking: kestrel-mutual.cartograph$'
has out '^ +1  Renewal price explanation '
has out '^Gated \(blocked or not ready\)$'
has out '^Photo-based home damage assessment +Not ready '
has out '^Social media screening of claimants +Rejected '
[ ! -s "$work/err" ] || fail "rank wrote on the error stream"

run 0 rank "$sample" --format json
has out '^  "command": "rank",$'
has out '^  "ranking": \[$'

# Ranking on partial scores: a use case scored on 5 of the criteria is ranked, marked.
printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
    '<cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:cartograph="https://cartograph.dev/model/1.0" name="Inventory">' \
    '  <useCases name="Inventory row">' \
    '    <scores criterionId="strategic-value" value="4.0"/>' '    <scores criterionId="customer-experience" value="3.0"/>' \
    '    <scores criterionId="initiative-alignment" value="4.0"/>' '    <scores criterionId="data-process-maturity" value="3.0"/>' \
    '    <scores criterionId="technical-complexity" value="2.0"/>' \
    '  </useCases>' '</cartograph:Portfolio>' > "$work/inventory.cartograph"
run 0 rank inventory.cartograph --format json
has out '^  "rankingMode": "strict",$'
run 2 rank inventory.cartograph --columns vendor
has err "^inventory.cartograph: the portfolio has no property 'vendor'; it defines no property yet$"
run 0 rank inventory.cartograph --by-unit --format json
has out '^  "units": \[' 
run 0 rank inventory.cartograph --partial --format json
has out '^  "rankingMode": "partial",$'
has out '^      "partial": true,$'

run 0 validate kestrel-mutual.cartograph
has out '^kestrel-mutual.cartograph +0 +[0-9]+ +[0-9]+ +passed$'

printf '<?xml version="1.0" encoding="UTF-8"?>\n<cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:cartograph="https://cartograph.dev/model/1.0" name="Broken">\n  <useCases name="A"' \
    > "$work/broken.cartograph"
run 2 validate kestrel-mutual.cartograph broken.cartograph
[ "$(wc -l < "$work/err")" -eq 1 ] || fail "a broken file must give exactly one line on the error stream"
has err '^broken.cartograph:[0-9]+(:[0-9]+)?: the file ends unexpectedly'
has out '^broken.cartograph +- +- +- +unreadable$'

# A rule contributed by the example plug-in runs too: an unacceptable AI Act risk class (4) with
# no business case saying how it is dealt with.
printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
    '<cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:cartograph="https://cartograph.dev/model/1.0" name="Risky">' \
    '  <useCases name="Emotion recognition at the counter" scope="external">' \
    '    <scores criterionId="ai-act-risk" value="4.0" rationale="Prohibited practice"/>' \
    '  </useCases>' '</cartograph:Portfolio>' > "$work/risky.cartograph"
run 0 validate risky.cartograph --format csv
has out '^findings,risky.cartograph,warning,example.aiActHighRiskWithoutComplianceNotes,'

run 2 score broken.cartograph
[ ! -s "$work/out" ] || fail "score of a broken file printed a result"
grep -q 'Exception' "$work/err" && fail "a stack trace or exception name was printed"

run 2 score kestrel-mutual.cartograph --colour
has err "^cartograph score: unknown option '--colour'"

run 0 help
has out '^  sensitivity '

# Maps without a display: SVG and PNG, the example plug-in's layer included.
run 0 map kestrel-mutual.cartograph --journey "Motor policyholder" --layers quadrant,example.aiActRisk --output motor.svg
has out '^Journey map of "Motor policyholder" written to motor.svg \([0-9,]+ bytes\)$'
grep -q 'AI Act: ' "$work/motor.svg" || fail "the example plug-in's layer is not on the journey map"
grep -q '</svg>' "$work/motor.svg" || fail "motor.svg is not a whole SVG"
(unset DISPLAY WAYLAND_DISPLAY; cd "$work" && "$cartograph" map kestrel-mutual.cartograph --format png --output portfolio.png) \
    > "$work/out" 2> "$work/err" || fail "map --format png failed without a display"
checks=$((checks + 1))
[ "$(head -c 4 "$work/portfolio.png" | od -An -c | tr -d ' ')" = '211PNG' ] || fail "portfolio.png is not a PNG"
run 2 map kestrel-mutual.cartograph --workflow "No such workflow"
has err '^kestrel-mutual.cartograph: no workflow has the id or name "No such workflow"; its workflows: '

# Reports without a display: the whole portfolio report as PDF, a one-pager as HTML (#9).
run 0 report kestrel-mutual.cartograph --out report.pdf
has out '^report with [0-9,]+ one-pager\(s\) written to report.pdf$'
[ "$(head -c 5 "$work/report.pdf")" = '%PDF-' ] || fail "report.pdf is not a PDF"
run 2 report kestrel-mutual.cartograph --use-case "No such use case" --out case.html

# Import and export of use case inventories (#10): the sample out as XLSX and CSV, the workbook back
# into a new portfolio (POI inside the product), then a dry run by the proposed mapping.
run 0 export kestrel-mutual.cartograph --out use-cases.xlsx
has out '^kestrel-mutual.cartograph exported to use-cases.xlsx \([0-9,]+ bytes\)$'
[ ! -s "$work/err" ] || fail "export to XLSX wrote on the error stream (POI's logging?)"
run 0 export kestrel-mutual.cartograph --format csv --out use-cases.csv
run 0 import copy.cartograph --from use-cases.xlsx --sheet "Use cases"
has out '^use-cases.xlsx: [0-9,]+ rows: [0-9,]+ new, 0 updated, 0 unchanged, 0 rejected$'
has out '^copy.cartograph written: [0-9,]+ use case\(s\) created, 0 updated$'
[ ! -s "$work/err" ] || fail "import of a workbook wrote on the error stream"
run 0 import copy.cartograph --from use-cases.csv --propose-mapping map.json
has out '^mapping proposed in map.json: review it'
run 0 import copy.cartograph --from use-cases.csv --mapping map.json --dry-run
has out '^dry run: nothing written$'
printf 'Ref,Use case,Strategic value\nX-1,Good,3\nX-2,Bad,lots\n' > "$work/bad.csv"
run 1 import copy.cartograph --from bad.csv --dry-run
has out '^bad.csv: row 3, column C \(Strategic value\): "lots" is not a number$'

# Portfolios in git (#11): semantic diff, and real git merging through the installed drivers.
cp "$work/kestrel-mutual.cartograph" "$work/edited.cartograph"
sed -i 's/criterionId="strategic-value" value="4.0" rationale="Frees about/criterionId="strategic-value" value="2.0" rationale="Frees about/' "$work/edited.cartograph"
run 1 COLUMNS=0 -- diff kestrel-mutual.cartograph edited.cartograph
has out '^Differences: kestrel-mutual.cartograph → edited.cartograph$'
has out 'Use case “Invoice data extraction” +changed +Score strategic-value \(A. Novak \(EA\)\) +Value +4.0 +2.0'
run 0 diff kestrel-mutual.cartograph "$sample"
run 1 diff kestrel-mutual.cartograph edited.cartograph --format markdown
has out '^<details><summary>Changes \(1\)</summary>$'
if command -v git > /dev/null 2>&1; then
    repo="$work/repo"
    mkdir -p "$repo" && cp "$sample" "$repo/kestrel.cartograph"
    g() { git -C "$repo" -c user.name=Smoke -c user.email=smoke@example.org -c commit.gpgsign=false "$@" > /dev/null 2>&1; }
    g init -q -b main && g add . && g commit -q -m sample
    (cd "$repo" && "$cartograph" git install) > "$work/out" 2> "$work/err" || fail "git install failed"
    has out '^installed in '
    grep -qx '\*.cartograph merge=cartograph diff=cartograph' "$repo/.gitattributes" || fail ".gitattributes has no driver line"
    g add .gitattributes && g commit -q -m drivers
    g checkout -q -b theirs
    sed -i 's/name="Garage invoice to claim matching" description="Finds/name="Garage invoice to claim matching" description="Theirs: finds/' "$repo/kestrel.cartograph"
    g commit -q -am theirs
    g checkout -q main
    sed -i 's/name="Invoice data extraction" description="Reads/name="Invoice data extraction" description="Ours: reads/' "$repo/kestrel.cartograph"
    g commit -q -am ours
    git -C "$repo" diff HEAD~1 HEAD > "$work/out" 2> "$work/err" || fail "git diff with the diff driver failed"
    has out '^Differences: a/kestrel.cartograph → b/kestrel.cartograph$'
    git -C "$repo" log -p -1 > "$work/out" 2> "$work/err" || fail "git log -p with textconv failed"
    has out '^\+    Description: Ours: reads'
    git -C "$repo" -c user.name=Smoke -c user.email=smoke@example.org merge -q --no-edit theirs > "$work/out" 2> "$work/err" \
        || fail "git merge of changes to different use cases failed"
    grep -q 'description="Ours: reads' "$repo/kestrel.cartograph" || fail "the merge lost our change"
    grep -q 'description="Theirs: finds' "$repo/kestrel.cartograph" || fail "the merge lost their change"
    checks=$((checks + 1))
    # The same score changed on both branches: git reports the conflict, the file still loads.
    g checkout -q -b theirs2
    sed -i 's/criterionId="strategic-value" value="4.0" rationale="Frees about/criterionId="strategic-value" value="5.0" rationale="Frees about/' "$repo/kestrel.cartograph"
    g commit -q -am theirs2
    g checkout -q main
    sed -i 's/criterionId="strategic-value" value="4.0" rationale="Frees about/criterionId="strategic-value" value="1.0" rationale="Frees about/' "$repo/kestrel.cartograph"
    g commit -q -am ours2
    if git -C "$repo" -c user.name=Smoke -c user.email=smoke@example.org merge -q --no-edit theirs2 > "$work/out" 2> "$work/err"; then
        fail "git merge of the same score changed twice reported no conflict"
    fi
    has err 'both changed'
    [ -f "$repo/kestrel.cartograph.conflicts" ] || fail "no conflict record beside the merged file"
    (cd "$repo" && "$cartograph" score kestrel.cartograph) > "$work/out" 2> "$work/err" || fail "the merged file does not load"
    checks=$((checks + 1))
fi

echo "cli-smoke: $checks command lines checked against the product, all as expected."
