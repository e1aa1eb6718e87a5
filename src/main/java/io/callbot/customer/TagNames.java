package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A tenant's tag dictionary (table {@code customer_tag_name}): each (kind, name) has a small integer id, and a
 * customer's tags are the sorted id array {@code customer_filter.tag_ids}, four bytes a tag in the row audience
 * filters scan. A tenant's vocabulary is small, so it is read whole; ids are allocated on first use (a concurrent
 * writer that allocated the same tag first wins, and its id is read back). Not thread-safe: one instance per import
 * or call; the database is the shared state.
 */
final class TagNames {
    private final String tenant;
    private final Map<Tag, Integer> ids = new HashMap<>();
    private final Map<Integer, Tag> byId = new HashMap<>();
    /** the tags of each name (one per kind it was given in) */
    private final Map<String, List<Tag>> byName = new HashMap<>();

    private TagNames(String tenant) {
        this.tenant = tenant;
    }

    static TagNames load(Connection c, String tenant) throws SQLException {
        TagNames names = new TagNames(tenant);
        names.reload(c);
        return names;
    }

    private void reload(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, name FROM customer_tag_name WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tag t = new Tag(TagKind.valueOf(rs.getString(2)), rs.getString(3));
                    ids.put(t, rs.getInt(1));
                    byId.put(rs.getInt(1), t);
                    if (!byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).contains(t)) {
                        byName.get(t.name()).add(t);
                    }
                }
            }
        }
    }

    /**
     * The sorted, distinct ids of {@code tags}, allocating new ones first. {@code c} should be in autocommit (or a
     * transaction that may hold the new rows until it commits).
     */
    int[] ids(Connection c, Collection<Tag> tags) throws SQLException {
        boolean added = false;
        for (Tag t : tags) {
            if (!ids.containsKey(t)) {
                insert(c, t);
                added = true;
            }
        }
        if (added) {
            reload(c);
        }
        return known(tags);
    }

    /** The sorted, distinct ids of tags that all have one already (see {@link #ids}); safe from many threads. */
    int[] known(Collection<Tag> tags) {
        int[] out = new int[tags.size()];
        int n = 0;
        for (Tag t : tags) {
            out[n++] = ids.get(t);
        }
        return sortedDistinct(out, n);
    }

    /** The first {@code n} ids sorted, without repeats (a record has a handful: no streams per record). */
    private static int[] sortedDistinct(int[] ids, int n) {
        Arrays.sort(ids, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || ids[kept - 1] != ids[i]) {
                ids[kept++] = ids[i];
            }
        }
        return kept == ids.length ? ids : Arrays.copyOf(ids, kept);
    }

    /**
     * Ids of tags a customer must lose when given {@code tags}: the same names with another kind (a customer has a
     * name once; the new kind replaces the old).
     */
    int[] replacedBy(Collection<Tag> tags) {
        if (tags.isEmpty()) {
            return new int[0];
        }
        // a lookup of each given name, not a scan of the dictionary per record
        int[] out = new int[0];
        int n = 0;
        for (Tag t : tags) {
            for (Tag same : byName.getOrDefault(t.name(), List.of())) {
                if (same.kind() != t.kind()) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n + 4);
                    }
                    out[n++] = ids.get(same);
                }
            }
        }
        return sortedDistinct(out, n);
    }

    /** The tags of an id array, sorted by name. */
    List<Tag> tags(Connection c, int[] tagIds) throws SQLException {
        if (Arrays.stream(tagIds).anyMatch(id -> !byId.containsKey(id))) {
            reload(c);
        }
        List<Tag> out = new ArrayList<>();
        for (int id : tagIds) {
            Tag t = byId.get(id);
            if (t != null) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing(Tag::name));
        return out;
    }

    /** The ids a filter's tag names: every kind of the name, or just the one its prefix says; empty when none exists. */
    int[] matching(Tag.Reference ref) {
        return ids.entrySet().stream()
                .filter(e -> e.getKey().name().equals(ref.name()) && (ref.kind() == null || ref.kind() == e.getKey().kind()))
                .mapToInt(Map.Entry::getValue).sorted().toArray();
    }

    private void insert(Connection c, Tag t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_tag_name (tenant, kind, name)"
                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM customer_tag_name WHERE tenant = ? AND kind = ?"
                + " AND name = ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, t.kind().name());
            ps.setString(3, t.name());
            ps.setString(4, tenant);
            ps.setString(5, t.kind().name());
            ps.setString(6, t.name());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(DatabaseRefusal.sqlState(e)) || !c.getAutoCommit()) {
                throw e;
            }
            // another writer allocated it in between: the reload reads its id
        }
    }

    /** {@code stored} without {@code dropped}, plus {@code added}: sorted and distinct. */
    static int[] merge(int[] stored, int[] dropped, int[] added) {
        return IntStream.concat(Arrays.stream(stored).filter(id -> Arrays.binarySearch(dropped, id) < 0),
                Arrays.stream(added)).distinct().sorted().toArray();
    }
}
