// SPDX-License-Identifier: EPL-2.0
/**
 * The headless command line of Cartograph ({@code ./cartograph validate|score|rank|sensitivity|roadmap|criteria|bench|help}).
 * {@link dev.cartograph.cli.CommandLine} runs one command with what a {@link dev.cartograph.cli.CommandEnvironment}
 * provides (the scoring engine and its registries, the installed rules, the working directory, the language and the
 * output streams), so that every command can be run in-process, with registries filled in code; the Equinox
 * application {@code dev.cartograph.cli.application} only wires the installed plug-ins and the process streams.
 * Exit codes are in {@link dev.cartograph.cli.ExitCodes}.
 */
package dev.cartograph.cli;
