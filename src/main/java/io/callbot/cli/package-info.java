/**
 * The {@code callbot} command line (picocli): {@code Main} and one class per subcommand, with the options they share
 * ({@code DatabaseOptions}). Commands parse, open what they need and print; the work is done by the packages they
 * call. Runs on the caller's thread.
 */
package io.callbot.cli;
