/** Campaign scheduling: the only user of org.quartz. Calling windows, retries, caps and the attempt ledger. */
package io.callbot.schedule;
