package io.callbot.pbx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loaded dialplan (extensions.conf): its contexts and what Asterisk does when a channel is sent to a
 * context, extension and priority (an Originate's target, an AMI Redirect). Immutable and thread-safe.
 */
public final class Dialplan {

    /** Asterisk gives up following includes this deep ({@code AST_PBX_MAX_STACK}). */
    private static final int MAX_INCLUDE_DEPTH = 128;
    private static final Pattern GOTO_IF = Pattern.compile("^[^?]*\\?([^:]*)(?::(.*))?$");
    private static final Pattern HANGUP_HANDLER = Pattern.compile("CHANNEL\\(hangup_handler_(?:push|wipe)\\)=(.+)");

    /** Where a channel sent to (context, exten, priority) goes: the context that holds the match, and the step. */
    public record Resolved(DialplanContext context, DialplanExtension extension, DialplanStep step) {
    }

    private final Map<String, DialplanContext> contexts;
    private final List<ConfigProblem> problems;

    Dialplan(Map<String, DialplanContext> contexts, List<ConfigProblem> problems) {
        this.contexts = Map.copyOf(contexts);
        this.problems = List.copyOf(problems);
    }

    /** The dialplan of a parsed extensions.conf. */
    public static Dialplan of(AsteriskConfig config) {
        return DialplanLoader.load(config);
    }

    /** Reads an extensions.conf file (its {@code #include}s from the same directory). */
    public static Dialplan read(Path file) throws IOException {
        return of(AsteriskConfig.read(file));
    }

    public Map<String, DialplanContext> contexts() {
        return contexts;
    }

    public Optional<DialplanContext> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** What Asterisk would refuse or warn about while loading it (empty for a clean file). */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /**
     * The step a channel sent to {@code context}, {@code exten}, {@code priority} runs, found the way
     * {@code ast_exists_extension} finds it: the context's extensions in Asterisk's order (the first that matches and
     * has the priority wins), then its includes in order. Empty when Asterisk would hang the channel up instead.
     * Extensions that match on caller ID are left out: the robot's channels are not matched by caller.
     */
    public Optional<Resolved> find(String context, String exten, int priority) {
        return find(context, exten, priority, new HashSet<>(), 0);
    }

    public boolean exists(String context, String exten, int priority) {
        return find(context, exten, priority).isPresent();
    }

    private Optional<Resolved> find(String context, String exten, int priority, Set<String> seen, int depth) {
        DialplanContext c = contexts.get(context);
        if (c == null || depth > MAX_INCLUDE_DEPTH || !seen.add(context)) {
            return Optional.empty();
        }
        for (DialplanExtension e : c.extensions()) {
            if (e.callerIdMatch() == null && ExtensionPattern.matches(e.name(), exten)) {
                Optional<DialplanStep> step = e.step(priority);
                if (step.isPresent()) {
                    return Optional.of(new Resolved(c, e, step.get()));
                }
            }
        }
        for (String included : c.includes()) {
            Optional<Resolved> found = find(included, exten, priority, seen, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Includes naming a context this dialplan does not define (Asterisk only notices when a call gets there). */
    public List<ConfigProblem> missingIncludes() {
        List<ConfigProblem> missing = new ArrayList<>();
        for (DialplanContext c : contexts.values()) {
            for (String included : c.includes()) {
                if (!contexts.containsKey(included)) {
                    missing.add(new ConfigProblem(c.at(), "context '" + c.name() + "' includes '" + included
                            + "', which is not defined"));
                }
            }
        }
        return missing;
    }

    /**
     * Jumps whose target is not in this dialplan: {@code Goto}/{@code GotoIf} targets ({@code label},
     * {@code exten,priority} or {@code context,exten,priority}) and hangup handlers pushed with
     * {@code Set(CHANNEL(hangup_handler_push)=context,exten,priority)}. Targets built from variables are skipped.
     */
    public List<ConfigProblem> unresolvedJumps() {
        List<ConfigProblem> bad = new ArrayList<>();
        for (DialplanContext c : contexts.values()) {
            for (DialplanExtension e : c.extensions()) {
                for (DialplanStep s : e.priorities().values()) {
                    for (String target : jumpTargets(s)) {
                        if (!target.contains("${") && !jumpExists(c, e, target)) {
                            bad.add(new ConfigProblem(s.at(), s.application() + " to '" + target
                                    + "', which is not in the dialplan"));
                        }
                    }
                }
            }
        }
        return bad;
    }

    private static List<String> jumpTargets(DialplanStep s) {
        List<String> targets = new ArrayList<>();
        String app = s.application().toLowerCase(java.util.Locale.ROOT);
        if (app.equals("goto")) {
            targets.add(s.data().strip());
        } else if (app.equals("gotoif")) {
            Matcher m = GOTO_IF.matcher(s.data());
            if (m.matches()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.group(g) != null && !m.group(g).isBlank()) {
                        targets.add(m.group(g).strip());
                    }
                }
            }
        } else if (app.equals("set")) {
            Matcher m = HANGUP_HANDLER.matcher(s.data().strip());
            if (m.matches()) {
                targets.add(m.group(1).strip());
            }
        }
        return targets;
    }

    private boolean jumpExists(DialplanContext c, DialplanExtension e, String target) {
        String[] parts = target.split(",");
        String context = parts.length == 3 ? parts[0].strip() : c.name();
        String exten = parts.length >= 2 ? parts[parts.length - 2].strip() : null;
        String priority = parts[parts.length - 1].strip();
        if (exten == null) {
            return priority.matches("\\d+") ? e.step(Integer.parseInt(priority)).isPresent()
                    : e.label(priority).isPresent();
        }
        if (priority.matches("\\d+")) {
            return exists(context, exten, Integer.parseInt(priority));
        }
        return find(context, exten, 1).map(r -> r.extension().label(priority).isPresent()).orElse(false);
    }
}
