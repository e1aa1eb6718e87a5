package io.callbot.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Marks campaigns of one directory that reuse another file's id; stateless. */
final class DuplicateIds {

    private DuplicateIds() {
    }

    /** The results with each later file using an already-seen id turned into an error at that file's line 1. */
    static List<LoadResult> mark(List<LoadResult> results) {
        Map<String, String> firstFile = new HashMap<>();
        List<LoadResult> out = new ArrayList<>();
        for (LoadResult r : results) {
            if (r.campaign() == null) {
                out.add(r);
                continue;
            }
            String previous = firstFile.putIfAbsent(r.campaign().id(), r.file());
            if (previous == null) {
                out.add(r);
            } else {
                out.add(new LoadResult(r.file(), null, List.of(new ValidationError(r.file(), 1, 1, "id",
                        "campaign id '" + r.campaign().id() + "' is already used by " + previous))));
            }
        }
        return out;
    }
}
