/** Entry point, picocli commands, wiring, lifecycle and graceful shutdown. The only package that may import everything. */
package io.callbot.app;
