/**
 * What {@code callbot demo} sets up around a real server with the simulated PBX: the demo campaign, its customers,
 * a local CRM receiver for the webhooks, the log file and the report printed at the end.
 */
package io.callbot.demo;
