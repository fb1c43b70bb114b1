// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.nio.file.Path;
import java.util.List;

import dev.cartograph.model.Portfolio;

/**
 * A portfolio read from a file named on the command line.
 *
 * @param name the file as the user wrote it, used in every message
 * @param path the resolved file
 * @param portfolio the portfolio
 * @param warnings what the user should know about the file, one line each, in the form
 *        {@code file:line:column: warning: text}
 */
public record LoadedPortfolio(String name, Path path, Portfolio portfolio, List<String> warnings) {

    /** Copies the list. */
    public LoadedPortfolio {
        warnings = List.copyOf(warnings);
    }
}
