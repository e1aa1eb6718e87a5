package io.callbot.pbx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One queue of a queues.conf: its static members' interfaces, how long a member rings per try, and when callers
 * may not join (Asterisk's {@code joinempty}). Immutable.
 *
 * @param name           the queue name, as {@code Queue(name)} uses it
 * @param members        the members' interfaces, e.g. {@code PJSIP/callbot-agent1}
 * @param ringSeconds    {@code timeout}: how long one member rings per try
 * @param joinEmpty      {@code joinempty}: member states that count as "nobody there" for a joining caller
 * @param at             where the section starts
 */
public record AsteriskQueue(String name, List<String> members, int ringSeconds, Set<String> joinEmpty,
                            ConfigPosition at) {

    public AsteriskQueue {
        members = List.copyOf(members);
        joinEmpty = Set.copyOf(joinEmpty);
    }

    /** Every queue section of a parsed queues.conf (all but {@code [general]}, templates left out). */
    public static List<AsteriskQueue> all(AsteriskConfig config) {
        List<AsteriskQueue> queues = new ArrayList<>();
        for (ConfigSection s : config.sections()) {
            if (s.isGeneral() || s.template() || s.name().equalsIgnoreCase("default")) {
                continue;
            }
            List<String> members = s.all("member").stream().map(e -> e.value().split(",")[0].strip()).toList();
            int ring = s.value("timeout").filter(t -> t.matches("\\d+")).map(Integer::parseInt).orElse(15);
            Set<String> joinEmpty = s.value("joinempty").map(v -> Set.of(v.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
                    .orElse(Set.of()).stream().filter(v -> !v.isBlank()).collect(Collectors.toSet());
            queues.add(new AsteriskQueue(s.name(), members, ring, joinEmpty, s.at()));
        }
        return queues;
    }
}
