package io.callbot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Seeds a large customer population set-based ({@code INSERT ... SELECT} over {@code GENERATE_SERIES}, which H2
 * 2.x and PostgreSQL both have), not through the importer: the bench measures audience queries, and a million
 * rows through the importer would take longer than the queries. The rows are what the importer would store:
 * the JSON attributes and their typed {@code customer_attribute} rows agree. Per customer {@code x}: tags
 * brand:xiaomi (user, 30 %), brand:apple (user, 12 %), segment:vip (business, 10 %), segment:repeat_buyer
 * (business, 40 %), consent:marketing_opt_out (merchant, 4 %); attributes city (5 cities), country,
 * lifetime_value 5..2004 and last_order_at 0..399 days before the bench's today; 2 % do-not-call.
 */
final class PopulationSeed {
    static final long ID_BASE = 100_000_000L;
    private static final int CHUNK = 100_000;
    private static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-11-28 12:00:00+00'";

    /** A uniform 0..99 per customer, decorrelated between uses by the multiplier. */
    private static String percent(long multiplier) {
        return "(MOD(x * " + multiplier + ", 1000003) / 10001)";
    }

    private static final String LTV = "(5 + MOD(x * 69069, 1000003) / 501)";
    private static final String DAYS = "(MOD(x * 1103515245, 1000003) / 2501)";
    private static final String ORDER_DAY = "CAST(CAST(" + NOW + " - CAST(" + DAYS + " AS INT) * INTERVAL '1' DAY AS DATE)"
            + " AS VARCHAR)";
    private static final String CITY = "CASE MOD(x, 5) WHEN 0 THEN 'New York' WHEN 1 THEN 'Shanghai' WHEN 2 THEN"
            + " 'London' WHEN 3 THEN 'Berlin' ELSE 'Sydney' END";
    private static final String SERIES = " FROM GENERATE_SERIES(CAST(? AS BIGINT), CAST(? AS BIGINT)) g(x)";

    private static final List<String> STATEMENTS = List.of(
            "INSERT INTO customer (id, tenant, external_id, phone, first_name, last_name, language, timezone,"
                    + " timezone_source, attributes, consent, do_not_call, created_at, updated_at)"
                    + " SELECT " + ID_BASE + " + x, ?, 'P' || LPAD(CAST(x AS VARCHAR), 7, '0'),"
                    + " '+1' || CAST(2125000000 + x AS VARCHAR), 'First', 'Last', 'en-US', 'America/New_York', 'PHONE',"
                    + " '{\"city\":\"' || " + CITY + " || '\",\"country\":\"US\",\"lifetime_value\":\"' || CAST(" + LTV
                    + " AS VARCHAR) || '\",\"last_order_at\":\"' || " + ORDER_DAY + " || '\"}',"
                    + " " + percent(22695477) + " < 85, MOD(x, 50) = 0, " + NOW + ", " + NOW + SERIES,
            attribute("'city'", CITY, "NULL", "NULL"),
            attribute("'country'", "'US'", "NULL", "NULL"),
            attribute("'lifetime_value'", "CAST(" + LTV + " AS VARCHAR)", LTV, "NULL"),
            attribute("'last_order_at'", ORDER_DAY, "NULL", "CAST(CAST(" + NOW + " - CAST(" + DAYS
                    + " AS INT) * INTERVAL '1' DAY AS DATE) AS TIMESTAMP WITH TIME ZONE)"),
            tag("brand:xiaomi", "USER", 2654435761L, 30),
            tag("brand:apple", "USER", 40503L, 12),
            tag("segment:vip", "BUSINESS", 1664525L, 10),
            tag("segment:repeat_buyer", "BUSINESS", 214013L, 40),
            tag("consent:marketing_opt_out", "MERCHANT", 134775813L, 4));

    private PopulationSeed() {}

    private static String attribute(String key, String text, String number, String date) {
        return "INSERT INTO customer_attribute (customer_id, tenant, attr_key, text_value, num_value, date_value)"
                + " SELECT " + ID_BASE + " + x, ?, " + key + ", " + text + ", " + number + ", " + date + SERIES;
    }

    private static String tag(String name, String kind, long multiplier, int percent) {
        return "INSERT INTO customer_tag (customer_id, tenant, tag, kind, added_at) SELECT " + ID_BASE + " + x, ?, '"
                + name + "', '" + kind + "', " + NOW + SERIES + " WHERE " + percent(multiplier) + " < " + percent;
    }

    /** Inserts customers 1..n of {@code tenant} in chunks (one transaction each), then refreshes statistics. */
    static void seed(DataSource dataSource, String tenant, int n, boolean postgres) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (long from = 1; from <= n; from += CHUNK) {
                long to = Math.min(n, from + CHUNK - 1);
                for (String sql : STATEMENTS) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, tenant);
                        ps.setLong(2, from);
                        ps.setLong(3, to);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(postgres ? "ANALYZE customer, customer_tag, customer_attribute" : "ANALYZE");
            }
        }
    }
}
