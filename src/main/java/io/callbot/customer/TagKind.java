package io.callbot.customer;

import java.util.Locale;

/** Who a tag describes or who set it, as in the seed data. Immutable. */
public enum TagKind {
    /** the customer's own interests, e.g. {@code brand:xiaomi} */
    USER,
    /** the business's segmentation, e.g. {@code vip} */
    BUSINESS,
    /** assigned by the merchant or by call outcomes, e.g. {@code spring-sale-2026}; the default */
    MERCHANT;

    /** The kind named by a prefix ({@code user}, {@code business}, {@code merchant}), or null when it is none. */
    public static TagKind ofPrefix(String prefix) {
        for (TagKind k : values()) {
            if (k.name().equals(prefix.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
