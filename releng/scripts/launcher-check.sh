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

cartograph="$CARTOGRAPH_ROOT/cartograph"
sample="$CARTOGRAPH_ROOT/examples/dev.cartograph.sample/portfolios/kestrel-mutual.cartograph"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checks=0

fail() {
    echo "launcher-check: FAILED: $*" >&2
    echo "--- output:" >&2
    cat "$work/out" >&2
    echo "--- errors:" >&2
    cat "$work/err" >&2
    exit 1
}

# run EXPECTED_EXIT_CODE [VAR=VALUE...] -- ARGS...: runs ./cartograph from $work in the given
# environment (env's syntax, so -u NAME unsets), output in $work/out and $work/err.
run() {
    local expected="$1" code=0 environment=()
    shift
    while [ "$1" != -- ]; do environment+=("$1"); shift; done
    shift
    (cd "$work" && env "${environment[@]}" "$cartograph" "$@") > "$work/out" 2> "$work/err" || code=$?
    [ "$code" -eq "$expected" ] || fail "./cartograph $* exited with $code, expected $expected"
    checks=$((checks + 1))
}

# line FILE N TEXT: line N of the file is exactly TEXT.
line() {
    [ "$(sed -n "$2p" "$work/$1")" = "$3" ] || fail "line $2 of $1 is not '$3'"
}

# has FILE PATTERN: the file has a line matching the extended regular expression.
has() {
    grep -Eq -- "$2" "$work/$1" || fail "no line matching '$2' in $1"
}

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
