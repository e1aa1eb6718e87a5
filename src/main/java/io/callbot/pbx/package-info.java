/**
 * The Asterisk configuration callbot ships in {@code dialplans/}, read the way Asterisk reads it: the config-file
 * syntax ({@link io.callbot.pbx.AsteriskConfig}), the dialplan with Asterisk's extension matching
 * ({@link io.callbot.pbx.Dialplan}), AMI users' privileges ({@link io.callbot.pbx.ManagerUser}), queues, and what a
 * campaign's {@code transfer_to} becomes on the PBX ({@link io.callbot.pbx.TransferTarget}). Pure Java, no I/O beyond
 * reading the files it is given.
 */
package io.callbot.pbx;
