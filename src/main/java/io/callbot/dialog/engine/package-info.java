/**
 * The dialog engine: runs a {@link io.callbot.dialog.DialogSpec} for one call. Build a
 * {@link io.callbot.dialog.engine.Dialog} per answered call, feed it {@link io.callbot.dialog.engine.Event}s and
 * carry out the {@link io.callbot.dialog.engine.Action}s it returns. Pure Java: no I/O, no threads, time from an
 * injected {@link java.time.Clock}.
 */
package io.callbot.dialog.engine;
