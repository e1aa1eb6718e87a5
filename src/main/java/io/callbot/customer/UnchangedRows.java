package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads, for a chunk of import rows, the stored {@code import_hash} of their customers (and whether each is on the
 * do-not-call list, which the import's warnings need), so rows whose content hash equals it are skipped before
 * parsing: the customer still holds exactly what that row wrote, since every other writer clears the hash.
 * Thread-safe.
 */
final class UnchangedRows {
    /** What the store holds for one external id: the hash of the row that last wrote it, and its do-not-call flag. */
    record Stored(long hash, boolean doNotCall) {}

    /**
     * A chunk of rows checked: each readable row's content hash (null for unreadable rows), whether it equals the
     * hash stored with its customer, and what is stored per external id looked up.
     */
    record Chunk(Long[] hashes, boolean[] same, Map<String, Stored> stored) {}

    private final DataSource dataSource;
    private final ImportFingerprint fingerprint;

    UnchangedRows(DataSource dataSource, ImportFingerprint fingerprint) {
        this.dataSource = dataSource;
        this.fingerprint = fingerprint;
    }

    /**
     * Whether any customer of the tenant holds a hash. When none does as an import starts, none of its rows can be
     * skipped (a hash it writes belongs to a row it gave, and a repeated row is never skipped), so its chunks need no
     * lookup: a first import pays only for hashing.
     */
    boolean anyStored(String tenant) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM customer WHERE tenant = ?"
                        + " AND import_hash IS NOT NULL LIMIT 1")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new CustomerStoreException("import for tenant " + tenant + ": cannot read stored row hashes: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Hashes the rows (in parallel) and, when {@code lookUp}, reads in one query the stored hashes of their customers,
     * leaving out the external ids in {@code skipLookup} (rows the file already gave, which are never skipped).
     */
    Chunk check(String tenant, List<SourceRow> rows, Set<String> skipLookup, boolean lookUp) {
        Long[] hashes = rows.parallelStream().map(row -> row.errors().isEmpty() ? fingerprint.of(row.raw()) : null)
                .toArray(Long[]::new);
        Map<String, Stored> stored = !lookUp ? Map.of() : of(tenant, rows.stream().filter(row -> row.errors().isEmpty())
                .map(row -> CustomerRecordParser.externalIdOf(row.raw()))
                .filter(id -> id != null && !skipLookup.contains(id)).distinct().toList());
        boolean[] same = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String id = hashes[i] == null ? null : CustomerRecordParser.externalIdOf(rows.get(i).raw());
            Stored s = id == null ? null : stored.get(id);
            same[i] = s != null && s.hash() == hashes[i];
        }
        return new Chunk(hashes, same, stored);
    }

    /** The stored hash per external id, for the customers among {@code externalIds} that have one. */
    Map<String, Stored> of(String tenant, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c) == Dialect.POSTGRES ? byArray(c, tenant, externalIds) : byValues(c, tenant, externalIds);
        } catch (SQLException e) {
            throw new CustomerStoreException("import for tenant " + tenant + ": cannot read stored row hashes: "
                    + e.getMessage(), e);
        }
    }

    /** PostgreSQL: one array parameter, probed through the unique (tenant, external_id) index. */
    private static Map<String, Stored> byArray(Connection c, String tenant, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT external_id, import_hash, do_not_call FROM customer"
                + " WHERE tenant = ? AND external_id = ANY(?) AND import_hash IS NOT NULL")) {
            ps.setString(1, tenant);
            ps.setArray(2, c.createArrayOf("text", ids.toArray()));
            return read(ps);
        }
    }

    /** H2: a VALUES join, which H2 probes per value (an IN list would scan the tenant, see CustomerWriter). */
    private static Map<String, Stored> byValues(Connection c, String tenant, Collection<String> ids) throws SQLException {
        List<String> list = List.copyOf(ids);
        try (PreparedStatement ps = c.prepareStatement("SELECT c.external_id, c.import_hash, c.do_not_call FROM (VALUES "
                + String.join(", ", Collections.nCopies(list.size(), "(?)")) + ") v(x) JOIN customer c"
                + " ON c.external_id = v.x AND c.tenant = ? WHERE c.import_hash IS NOT NULL")) {
            for (int i = 0; i < list.size(); i++) {
                ps.setString(i + 1, list.get(i));
            }
            ps.setString(list.size() + 1, tenant);
            return read(ps);
        }
    }

    private static Map<String, Stored> read(PreparedStatement ps) throws SQLException {
        Map<String, Stored> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Stored(rs.getLong(2), rs.getBoolean(3)));
            }
        }
        return out;
    }
}
