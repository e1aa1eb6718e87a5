package io.callbot.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Marks campaigns of one directory that reuse another file's id; stateless. */
final class DuplicateIds {

    private DuplicateIds() {
    }

    /** Line and column of the id value in a file that has already loaded cleanly; 1:1 when it cannot be found. */
    private static int[] idPosition(String file) {
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file))) {
            org.yaml.snakeyaml.nodes.Node root = new org.yaml.snakeyaml.Yaml().compose(reader);
            if (root instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
                for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("id")) {
                        org.yaml.snakeyaml.error.Mark m = t.getValueNode().getStartMark();
                        return new int[] {m.getLine() + 1, m.getColumn() + 1};
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the file changed since it was loaded; the position is then only approximate
        }
        return new int[] {1, 1};
    }

    /**
     * The error of {@code file} declaring {@code key}, which {@code owner} already holds; at the id's value. Both
     * files are named, so whoever reads the line knows which one to rename.
     */
    static ValidationError error(String file, CampaignKey key, String owner) {
        int[] at = idPosition(file);
        return new ValidationError(file, at[0], at[1], "id", "campaign id '" + key.id() + "' of tenant '"
                + key.tenant() + "' is already used by " + owner + "; this file is not loaded");
    }

    /**
     * The results with each later file using an already-seen (tenant, id) turned into an error at its id. Ids are
     * unique per tenant: two tenants may use the same id.
     */
    static List<LoadResult> mark(List<LoadResult> results) {
        Map<CampaignKey, String> firstFile = new HashMap<>();
        List<LoadResult> out = new ArrayList<>();
        for (LoadResult r : results) {
            if (r.campaign() == null) {
                out.add(r);
                continue;
            }
            String previous = firstFile.putIfAbsent(r.campaign().key(), r.file());
            if (previous == null) {
                out.add(r);
            } else {
                out.add(new LoadResult(r.file(), null, List.of(error(r.file(), r.campaign().key(), previous))));
            }
        }
        return out;
    }
}
