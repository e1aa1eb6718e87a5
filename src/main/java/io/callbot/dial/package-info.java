/** Placing and following calls: the only user of org.asteriskjava. Dialer port, AmiDialer, event to CallResult. */
package io.callbot.dial;
