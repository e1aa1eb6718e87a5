package io.callbot.call;

import io.callbot.dialog.engine.Action;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile changes a call's dialog asked for, accumulated in order (a tag removed after being added is only
 * removed). Not thread-safe: confined to one call's serial executor, or to a simulation's thread.
 */
public final class CallEffects {
    private final Set<String> add = new LinkedHashSet<>();
    private final Set<String> remove = new LinkedHashSet<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    public void apply(Action action) {
        if (action instanceof Action.AddTags a) {
            a.tags().forEach(t -> {
                remove.remove(t);
                add.add(t);
            });
        } else if (action instanceof Action.RemoveTags r) {
            r.tags().forEach(t -> {
                add.remove(t);
                remove.add(t);
            });
        } else if (action instanceof Action.SetProfileFields f) {
            fields.putAll(f.fields());
        }
    }

    public List<String> addTags() {
        return new ArrayList<>(add);
    }

    public List<String> removeTags() {
        return new ArrayList<>(remove);
    }

    public Map<String, String> fields() {
        return new LinkedHashMap<>(fields);
    }
}
