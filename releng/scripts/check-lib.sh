# SPDX-License-Identifier: EPL-2.0
#
# What cli-smoke.sh and launcher-check.sh share: a scratch folder, the sample portfolio, and
# running the real ./cartograph with its exit code and output checked. Sourced after env.sh by a
# script that sets CHECK_NAME (the name its messages start with).
cartograph="$CARTOGRAPH_ROOT/cartograph"
sample="$CARTOGRAPH_ROOT/examples/dev.cartograph.sample/portfolios/kestrel-mutual.cartograph"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checks=0

fail() {
    echo "$CHECK_NAME: FAILED: $*" >&2
    echo "--- output:" >&2
    cat "$work/out" >&2
    echo "--- errors:" >&2
    cat "$work/err" >&2
    exit 1
}

# run EXPECTED_EXIT_CODE [VAR=VALUE... --] ARGS...: runs ./cartograph from $work, output in
# $work/out and $work/err. Words before a `--` are its environment (env's syntax, so -u NAME
# unsets); without a `--` it runs in this script's environment.
run() {
    local expected="$1" code=0 environment=() word
    shift
    for word in "$@"; do
        if [ "$word" = -- ]; then
            while [ "$1" != -- ]; do environment+=("$1"); shift; done
            shift
            break
        fi
    done
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
