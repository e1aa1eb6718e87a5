/**
 * Launching calls: the scheduler's ports implemented with the customer store, the dialer and the call layer.
 * {@code AttemptLauncher} turns a claimed attempt into a dialed call; {@code AttemptSettlement} settles every attempt
 * once, in one transaction (for the launcher, and for the call layer as its {@code CallSettlement}), with the one
 * opt-out place ({@code OptOuts}); the audience as the scheduler's candidates; attempt ends as CRM events; and
 * {@code CustomerWhy}, why a customer is or is not called.
 */
package io.callbot.launch;
