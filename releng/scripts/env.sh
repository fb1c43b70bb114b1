# SPDX-License-Identifier: EPL-2.0
# Shared by ./build and ./cartograph: finds a JDK 21+ and names the build's outputs.
# Sourced, not executed.

CARTOGRAPH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CARTOGRAPH_PRODUCT="$CARTOGRAPH_ROOT/releng/dev.cartograph.product/target/products/dev.cartograph.product/linux/gtk/x86_64"
CARTOGRAPH_REPOSITORY="$CARTOGRAPH_ROOT/releng/dev.cartograph.product/target/repository"

# Prints the major version of the java in JDK home $1, or nothing.
cartograph_java_major() {
    local release="$1/release" version
    [ -x "$1/bin/java" ] || return 0
    if [ -f "$release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    else
        version=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
    fi
    echo "$version"
}

# Sets JAVA_HOME to a JDK 21 or newer: $CARTOGRAPH_JAVA_HOME, else $JAVA_HOME, else the newest
# under /usr/lib/jvm. Exits with a message when there is none.
cartograph_select_java() {
    local candidate best="" best_major=0 major
    for candidate in "${CARTOGRAPH_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
        [ -n "$candidate" ] || continue
        major=$(cartograph_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    for candidate in /usr/lib/jvm/*; do
        major=$(cartograph_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"; best_major="$major"
        fi
    done
    if [ -z "$best" ]; then
        echo "cartograph: a JDK 21 or newer is needed; none found (set CARTOGRAPH_JAVA_HOME to one)." >&2
        exit 2
    fi
    export JAVA_HOME="$best"
}

# Options for Maven's own JVM that depend on its version (.mvn/jvm.config must suit every JDK 21+).
cartograph_maven_opts() {
    local major
    major=$(cartograph_java_major "$JAVA_HOME")
    # Maven 3.9's Guice uses sun.misc.Unsafe; JDK 23+ warns about it unless told otherwise.
    if [ -n "$major" ] && [ "$major" -ge 23 ]; then
        export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
    fi
}
