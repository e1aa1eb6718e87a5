package io.callbot.api;

/**
 * Who a call is with, as lists and call pages show it: the store id, the CRM's id, the name, the phone with all but
 * its country code and last four digits masked, and the customer's timezone (for their local time). The full phone
 * never leaves the server in a listing. Immutable value.
 */
public record CustomerCard(String id, String externalId, String name, String phoneMasked, String timezone) {
}
