/**
 * The server's assembly and lifecycle: {@code CallbotServer} builds every subsystem from the configuration, starts
 * them in order and stops them in reverse; its metrics and operator alarms. Imported only by the commands that run a
 * server ({@code cli}, {@code demo}).
 */
package io.callbot.app;
