#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Start-up benchmark of the workbench: launches the built product (./cartograph) under the
# current display, RUNS times (default 3), each in a new workspace, and prints, per launch, the
# seconds from the launch to the workbench window painted and to the sample's editor shown and
# painted, with the heap then in use. The product writes these milestones itself when the
# system property cartograph.milestones names a file (dev.cartograph.rcp, Milestones); this
# script reads them and ends the workbench it started. It prints figures; it asserts nothing.
#
#   releng/scripts/ui-bench.sh [RUNS]          e.g. xvfb-run -a releng/scripts/ui-bench.sh 5
#
# The first launch of a workspace copies the sample into it and opens it; the second launch in
# the same workspace ("later launch") opens the sample named on the command line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Launches the workbench on workspace $1, waits for the editor milestone (120 s at most), ends
# it, and prints "window_s editor_s heap_MB".
launch() {
    local workspace="$1"; shift
    local file="$scratch/milestones.$RANDOM" start pid i
    start=$(date +%s%3N)
    CARTOGRAPH_VMARGS="-Dcartograph.milestones=$file ${CARTOGRAPH_VMARGS:-}" \
        setsid "$root/cartograph" "$@" -data "$workspace" >"$scratch/out.log" 2>&1 &
    pid=$!
    for i in $(seq 1 1200); do
        grep -q '^editor ' "$file" 2>/dev/null && break
        sleep 0.1
    done
    kill -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if ! grep -q '^editor ' "$file" 2>/dev/null; then
        echo "ui-bench: the editor was not shown within 120 s (log: $(tail -n 3 "$scratch/out.log"))" >&2
        exit 1
    fi
    awk -v start="$start" '$1 == "window" { w = ($2 - start) / 1000 }
        $1 == "editor" { e = ($2 - start) / 1000; h = $3 / 1048576 }
        END { printf "%.2f %.2f %.0f\n", w, e, h }' "$file"
}

"$root/cartograph" help >/dev/null 2>&1 || true   # builds the product first, when needed
printf '%-28s %10s %10s %9s\n' "launch" "window s" "editor s" "heap MB"
for run in $(seq 1 "$runs"); do
    workspace="$scratch/ws$run"
    read -r w e h < <(launch "$workspace")
    printf '%-28s %10s %10s %9s\n' "first launch $run (sample)" "$w" "$e" "$h"
    sample=$(find "$workspace" -name '*.cartograph' -not -path '*/.metadata/*' | head -n 1)
    read -r w e h < <(launch "$workspace" "$sample")
    printf '%-28s %10s %10s %9s\n' "later launch $run" "$w" "$e" "$h"
done
