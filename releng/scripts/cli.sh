# SPDX-License-Identifier: EPL-2.0
# How ./cartograph starts the headless command line (sourced by ./cartograph, not executed).
#
# The command line runs inside the materialized product, so that every plug-in installed in it
# (third-party criteria included) is honoured, but it must start fast (the sample must score in
# under 1.5 s on 2 cores) and never touch a display. What makes it fast, measured on the 2-core
# development machine while other builds ran (load average about 4), scoring the sample, hyperfine,
# mean of 10 runs after 2 warm-up runs:
#
#   the product's configuration and the workbench's JVM options          3.48 s
#   a configuration of its own (1. below)                                1.69 s
#   + -XX:+UseSerialGC -XX:TieredStopAtLevel=1                           1.11 s
#   + the AppCDS archive                                                 0.73 s
#   ./cartograph score examples/.../kestrel-mutual.cartograph            0.62 s
#
# 1. A configuration area of its own, $CARTOGRAPH_PRODUCT/configuration-cli, derived from the
#    product's: the same bundles (the product's bundles.info, so plug-ins installed into the
#    product are there too), but only the bundles the command line needs are started
#    (org.eclipse.equinox.simpleconfigurator, org.eclipse.equinox.common, org.eclipse.core.runtime;
#    everything else is started lazily, when a class of it is first used): no Declarative Services,
#    no SPI Fly weaving, no UI bundle. Equinox keeps its resolved state and the extension registry
#    cached there, so a run reads them instead of resolving 130 bundles. The configuration is not
#    cascaded: without osgi.configuration.cascaded=false Equinox would use the product's
#    configuration as a parent, start what it starts, and never save its own state. The area is
#    written again whenever the product's configuration changes (a new build, a plug-in installed);
#    that first run takes about 4 s (it also writes the archive of 2.). Leaving the UI bundles out
#    of the configuration saved only another 10% of processor time and was not kept: a list of
#    names to leave out breaks when the product's dependencies change, and plug-ins must resolve
#    as they do in the product.
# 2. JVM options for a short-lived process: the serial collector (no GC threads to start), the
#    C1 compiler only (a run of a second never profits from C2), and an AppCDS archive of the
#    classes a run loads (JDK, launcher and bundle classes; Equinox's own jar is signed, and the JVM
#    does not archive signed classes). The archive is written by a training run (validate on the
#    sample) each time the configuration is written, so that it does not depend on the first
#    command; the JVM re-creates it when it no longer matches (-XX:+AutoCreateSharedArchive, for
#    example after a JDK update).
#    JVM warnings go to the error stream, so that they never mix with JSON or CSV on the output.
# 3. The caller's directory is passed as -Dcartograph.cwd: relative file names start there.
# 4. `git install` writes the drivers git runs as this launcher's path: -Dcartograph.launcher.
# 5. Java2D runs headless (-Djava.awt.headless=true), so that `map --format png` paints its image
#    in memory whether or not a display is set, and never connects to one.
#
# `bench` measures throughput, not start-up: it runs with the workbench's collector (G1), both JIT
# compilers and no archive of its own.

# Writes the command line's configuration area from the product's if it is missing or older than
# the product's; returns 1 when it was up to date.
cartograph_cli_configuration() {
    local config="$1"
    local product_config="$CARTOGRAPH_PRODUCT/configuration"
    local info="org.eclipse.equinox.simpleconfigurator/bundles.info"
    if [ -f "$config/config.ini" ] && [ "$config/config.ini" -nt "$product_config/config.ini" ] \
            && [ "$config/config.ini" -nt "$product_config/$info" ]; then
        return 1
    fi
    rm -rf "$config"
    mkdir -p "$config/org.eclipse.equinox.simpleconfigurator"
    awk -F, 'BEGIN { OFS = "," }
        /^#/ { print; next }
        $1 != "org.eclipse.osgi" && $1 != "org.eclipse.equinox.simpleconfigurator" \
            && $1 != "org.eclipse.equinox.common" && $1 != "org.eclipse.core.runtime" { $5 = "false" }
        { print }' "$product_config/$info" > "$config/$info"
    {
        echo "# Written by ./cartograph (releng/scripts/cli.sh) from the product's configuration; do not edit."
        grep -E '^(osgi\.bundles|osgi\.bundles\.defaultStartLevel|osgi\.framework|org\.eclipse\.equinox\.simpleconfigurator\.configUrl)=' \
            "$product_config/config.ini"
        echo "osgi.configuration.cascaded=false"
        echo "eclipse.application=dev.cartograph.cli.application"
    } > "$config/config.ini.tmp"
    mv "$config/config.ini.tmp" "$config/config.ini"
}

# The JVM options of a command line run, in the array cli_vmargs. $1: the command.
cartograph_cli_vmargs() {
    local config="$1" command="$2"
    cli_vmargs=(-Xmx2g -Dosgi.requiredJavaVersion=21
        -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8
        -Djava.util.logging.config.file="$CARTOGRAPH_PRODUCT/logging.properties"
        -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr
        -Djava.awt.headless=true -Dcartograph.cwd="$PWD"
        -Dcartograph.launcher="$CARTOGRAPH_ROOT/cartograph")
    # 6. Text tables fit the terminal: its size, when the output is one (shells do not export
    #    COLUMNS and LINES); otherwise the command line uses COLUMNS/LINES if set, else 100 x 40.
    if [ -t 1 ] && command -v tput >/dev/null 2>&1; then
        cli_vmargs+=(-Dcartograph.columns="${COLUMNS:-$(tput cols 2>/dev/null)}"
            -Dcartograph.lines="${LINES:-$(tput lines 2>/dev/null)}")
    fi
    if [ "$command" = bench ]; then
        cli_vmargs+=(-XX:+UseG1GC)
    else
        cli_vmargs+=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
    fi
    # shellcheck disable=SC2206
    [ -n "${CARTOGRAPH_VMARGS:-}" ] && cli_vmargs+=($CARTOGRAPH_VMARGS)
    return 0
}

# Runs the command line: cartograph_cli LAUNCHER_JAR ARGS...; does not return.
cartograph_cli() {
    local launcher="$1"
    shift
    local config="$CARTOGRAPH_PRODUCT/configuration-cli"
    local archive="$config/cartograph-cli.jsa"
    local equinox=(-jar "$launcher" -configuration "$config" -os linux -ws gtk -arch x86_64
        -application dev.cartograph.cli.application -nosplash -data @none)
    if cartograph_cli_configuration "$config"; then
        # A new configuration: a training run validates the sample, so that the archive holds the
        # classes of loading, scoring, validating and printing, whatever the first real command is.
        local sample="$CARTOGRAPH_ROOT/examples/dev.cartograph.sample/portfolios/kestrel-mutual.cartograph"
        cartograph_cli_vmargs "$config" validate
        "$JAVA_HOME/bin/java" "${cli_vmargs[@]}" -XX:ArchiveClassesAtExit="$archive" "${equinox[@]}" \
            validate "$sample" > /dev/null 2>&1 || true
    fi
    cartograph_cli_vmargs "$config" "${1:-}"
    if [ "${1:-}" != bench ]; then
        cli_vmargs+=(-XX:SharedArchiveFile="$archive" -XX:+AutoCreateSharedArchive)
    fi
    exec "$JAVA_HOME/bin/java" "${cli_vmargs[@]}" "${equinox[@]}" "$@"
}
