-- What each answered call changed in the customer's profile (tags added/removed, fields set, do-not-call,
-- callback), written in the call's outcome transaction so a call page shows exactly what the call did.
CREATE TABLE call_profile_change (
    attempt_id UUID         NOT NULL,
    seq        INT          NOT NULL,
    tenant     VARCHAR(64)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(200),
    val        VARCHAR(1000),
    PRIMARY KEY (attempt_id, seq),
    CONSTRAINT call_profile_change_kind_ck
        CHECK (kind IN ('tag_added', 'tag_removed', 'field_set', 'do_not_call', 'callback'))
);
