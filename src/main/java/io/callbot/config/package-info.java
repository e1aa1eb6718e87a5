/**
 * Server configuration (callbot.yaml + environment) as immutable, validated records; and {@link
 * io.callbot.config.DaemonThreads}, the thread factory every package may use.
 */
package io.callbot.config;
