package io.callbot.customer;

/**
 * How the API and the CLI name a customer: by the CRM's external id (the default), or by callbot's internal id when
 * the reference says so with the {@code id:} prefix ({@code id:42}). An external id that itself starts with
 * {@code id:} is written {@code ext:id:...}. Immutable.
 *
 * @param internalId set for {@code id:N}
 * @param externalId set otherwise
 */
public record CustomerRef(Long internalId, String externalId) {
    static final String INTERNAL = "id:";
    static final String EXTERNAL = "ext:";

    public static CustomerRef parse(String reference) {
        if (reference.startsWith(INTERNAL)) {
            String digits = reference.substring(INTERNAL.length());
            if (!digits.matches("\\d{1,18}")) {
                throw new IllegalArgumentException("customer reference '" + reference
                        + "': after id: comes callbot's numeric customer id, e.g. id:42");
            }
            return new CustomerRef(Long.parseLong(digits), null);
        }
        return new CustomerRef(null, reference.startsWith(EXTERNAL) ? reference.substring(EXTERNAL.length())
                : reference);
    }
}
