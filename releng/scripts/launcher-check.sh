#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Checks the launcher's own decisions against the built product: what a first word that is not
# a command does (refused with the command meant, or a portfolio opened in the workbench), and how
# a workbench launch gets a D-Bus session bus when none is reachable. Workbench launches are not
# started: CARTOGRAPH_DRY_RUN=1 makes ./cartograph print the command line it would run, one word a
# line. ./build runs it after cli-smoke.sh; it can also be run on its own once the product is built:
#
#   releng/scripts/launcher-check.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cartograph_select_java
export LC_ALL=C.UTF-8 LANG=C.UTF-8 # English messages, whatever the machine's language

CHECK_NAME=launcher-check
source "$(dirname "${BASH_SOURCE[0]}")/check-lib.sh"

cp "$sample" "$work/kestrel.cartograph"

# A mistyped command is refused, with the command meant and the help named; nothing is validated.
run 2 -- valdiate kestrel.cartograph
line err 1 "cartograph: unknown command 'valdiate' (did you mean 'validate'?)"
has err "'\./cartograph help' lists the commands"
[ ! -s "$work/out" ] || fail "a refused command printed a result"
run 2 -u DISPLAY -u WAYLAND_DISPLAY -- plot
line err 1 "cartograph: unknown command 'plot'"

# A portfolio given first opens in the workbench, which needs a display...
run 2 -- missing.cartograph
line err 1 "cartograph: missing.cartograph: no such file"
run 1 -u DISPLAY -u WAYLAND_DISPLAY -- kestrel.cartograph
has err '^cartograph: no display available'
# ...and is passed on with its absolute path, the workbench options kept.
run 0 DISPLAY=:98 CARTOGRAPH_DRY_RUN=1 -- kestrel.cartograph -nl fr
[ "$(tail -n 1 "$work/out")" = "$work/kestrel.cartograph" ] || fail "the portfolio is not passed with its absolute path"
has out '^-nl$'
has out '^-data$'
has out '/bin/java$'

# No session bus reachable: a private one (dbus-run-session), else SWT told not to use one.
no_bus=(-u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$work/no-runtime-dir" DISPLAY=:98 CARTOGRAPH_DRY_RUN=1)
if command -v dbus-run-session >/dev/null 2>&1; then
    run 0 "${no_bus[@]}" -- kestrel.cartograph
    line out 1 env
    line out 2 NO_AT_BRIDGE=1
    line out 3 dbus-run-session
    has out '^--dbus-daemon=.*/releng/scripts/dbus-daemon-quiet$'
    run 0 DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-such-bus" DISPLAY=:98 CARTOGRAPH_DRY_RUN=1 --
    line out 3 dbus-run-session
    # A bus that answers is used as it is.
    (cd "$work" && dbus-run-session -- env DISPLAY=:98 CARTOGRAPH_DRY_RUN=1 "$cartograph") > "$work/out" 2> "$work/err" \
        || fail "./cartograph under a session bus failed"
    checks=$((checks + 1))
    line out 1 "$JAVA_HOME/bin/java"
fi
# The same machine without dbus-run-session: every tool of the PATH but that one.
mkdir "$work/bin"
IFS=: read -r -a path_dirs <<< "$PATH"
for dir in "${path_dirs[@]}"; do # the first of a name wins, as in the PATH
    [ -d "$dir" ] && find "$dir" -mindepth 1 -maxdepth 1 ! -name dbus-run-session \
        -exec ln -s -t "$work/bin" {} + 2>/dev/null || true
done
run 0 "${no_bus[@]}" PATH="$work/bin" -- kestrel.cartograph
line out 1 env
line out 2 NO_AT_BRIDGE=1
line out 3 org.eclipse.swt.internal.SessionManagerDBus.disable=true
line out 4 "$JAVA_HOME/bin/java"
run 0 "${no_bus[@]}" CARTOGRAPH_SESSION_BUS=inherit --
line out 1 "$JAVA_HOME/bin/java"

echo "launcher-check: $checks launches checked against the product, all as expected."
