/** The dialog state machine: pure, no I/O, no threads; takes a Clock. */
package io.callbot.dialog;
