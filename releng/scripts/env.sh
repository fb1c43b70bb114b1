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

# Whether a D-Bus session bus answers: the one DBUS_SESSION_BUS_ADDRESS names, else the user's
# bus at $XDG_RUNTIME_DIR/bus. Asks it with dbus-send when that is installed (trusts the address
# otherwise). Never starts one (GLib's X11 autolaunch is not tried).
cartograph_session_bus_reachable() {
    local address="${DBUS_SESSION_BUS_ADDRESS:-}"
    if [ -z "$address" ] && [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -S "$XDG_RUNTIME_DIR/bus" ]; then
        address="unix:path=$XDG_RUNTIME_DIR/bus"
    fi
    [ -n "$address" ] || return 1
    command -v dbus-send >/dev/null 2>&1 || return 0
    DBUS_SESSION_BUS_ADDRESS="$address" timeout 2 dbus-send --session --dest=org.freedesktop.DBus \
        --type=method_call --print-reply /org/freedesktop/DBus org.freedesktop.DBus.GetId >/dev/null 2>&1
}

# SWT (GTK) talks to the D-Bus session bus while the workbench starts: it registers with the
# desktop's session manager and claims a name for file-open requests. Where no session bus is
# reachable (xvfb-run, containers, SSH X forwarding, CI) those calls can wait for D-Bus timeouts
# instead of failing at once. This sets the array cartograph_bus_prefix to the command a workbench
# launch (the launcher's, and ./build's for the UI tests) runs under: empty with a reachable bus;
# without one, dbus-run-session (Debian's dbus-bin), which gives the process a private bus of its
# own and ends it with the process; when that is not installed either, SWT is told not to look for
# a session manager (it reads that setting from the environment as well as from a system property,
# so that it reaches the test JVMs that Maven forks). Without a session bus no assistive technology
# can reach the process either, so GTK's accessibility bridge is left off too (NO_AT_BRIDGE): it
# would start an accessibility bus of its own, and print its log on the terminal.
# CARTOGRAPH_SESSION_BUS=inherit leaves the environment as it is (to measure the difference).
cartograph_session_bus() {
    cartograph_bus_prefix=()
    if [ "${CARTOGRAPH_SESSION_BUS:-}" = inherit ] || cartograph_session_bus_reachable; then
        return 0
    fi
    if command -v dbus-run-session >/dev/null 2>&1; then
        cartograph_bus_prefix=(env NO_AT_BRIDGE=1
            dbus-run-session --dbus-daemon="$CARTOGRAPH_ROOT/releng/scripts/dbus-daemon-quiet" --)
    else
        cartograph_bus_prefix=(env NO_AT_BRIDGE=1 org.eclipse.swt.internal.SessionManagerDBus.disable=true)
    fi
}
