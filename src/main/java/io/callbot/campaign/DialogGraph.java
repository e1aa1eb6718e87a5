package io.callbot.campaign;

import io.callbot.dialog.Branch;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.StateSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Graph questions about a dialog whose targets all exist: reachability and silent loops; stateless after construction. */
final class DialogGraph {

    private final DialogSpec spec;

    DialogGraph(DialogSpec spec) {
        this.spec = spec;
    }

    /** Every state a transition of any kind can lead to from {@code state}. */
    Set<String> successors(StateSpec state) {
        Set<String> out = new LinkedHashSet<>(silentSuccessors(state));
        out.addAll(state.on().values());
        if (state.noMatch() != null && state.noMatch().target() != null) {
            out.add(state.noMatch().target());
        }
        for (String global : state.activeGlobals()) {
            String target = spec.globals().get(global).target();
            if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    /** Where a caller who says nothing goes next from {@code state}: branches, next, no-input target. */
    Set<String> silentSuccessors(StateSpec state) {
        Set<String> out = new LinkedHashSet<>();
        if (state.terminal()) {
            return out;
        }
        state.branches().stream().map(Branch::target).forEach(out::add);
        boolean alwaysBranches = state.branches().stream().anyMatch(Branch::unconditional);
        if (!alwaysBranches) {
            if (state.next() != null) {
                out.add(state.next());
            }
            if (state.noInput() != null && state.noInput().target() != null) {
                out.add(state.noInput().target());
            }
        }
        return out;
    }

    /** States not reachable from the start state, in file order. */
    List<String> unreachable() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(spec.start()));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name)) {
                todo.addAll(successors(spec.state(name)));
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : spec.states().keySet()) {
            if (!seen.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Each cycle of silent transitions (a silent caller never leaves), as state names ending where it began. */
    List<List<String>> silentLoops() {
        Map<String, Integer> color = new HashMap<>();
        List<List<String>> loops = new ArrayList<>();
        for (String name : spec.states().keySet()) {
            if (!color.containsKey(name)) {
                visit(name, color, new ArrayList<>(), loops);
            }
        }
        return loops;
    }

    // depth-first search; 1 = on the current path, 2 = finished
    private void visit(String name, Map<String, Integer> color, List<String> path, List<List<String>> loops) {
        color.put(name, 1);
        path.add(name);
        for (String next : silentSuccessors(spec.state(name))) {
            Integer c = color.get(next);
            if (c == null) {
                visit(next, color, path, loops);
            } else if (c == 1) {
                List<String> loop = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                loop.add(next);
                loops.add(loop);
            }
        }
        path.remove(path.size() - 1);
        color.put(name, 2);
    }
}
