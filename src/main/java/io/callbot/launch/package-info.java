/**
 * Launching calls: the scheduler's ports implemented with the customer store, the dialer and the call layer.
 * {@code AttemptLauncher} turns a claimed attempt into a dialed call and settles its result; the audience as the
 * scheduler's candidates; the ledger as the call layer's {@code AttemptFinisher}; attempt ends as CRM events; and
 * {@code CustomerWhy}, why a customer is or is not called.
 */
package io.callbot.launch;
