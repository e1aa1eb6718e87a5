package io.callbot.customer;

import java.util.List;

/** One data row of an import file: the raw customer, or the errors that make it unreadable. Immutable. */
record SourceRow(long row, RawCustomer raw, List<FieldError> errors) {
    static SourceRow ok(long row, RawCustomer raw) {
        return new SourceRow(row, raw, List.of());
    }

    static SourceRow bad(long row, List<FieldError> errors) {
        return new SourceRow(row, null, List.copyOf(errors));
    }
}
