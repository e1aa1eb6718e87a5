package io.callbot.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the sections of an extensions.conf into a {@link Dialplan} with the rules of Asterisk's
 * {@code pbx/pbx_config.c}: every section but {@code [general]} / {@code [globals]} (and templates) is a context,
 * sections of one name merge, {@code exten =>} and {@code same =>} lines with priorities {@code 1}, {@code n},
 * {@code s}, {@code hint}, {@code n(label)}, {@code label+2}, {@code include =>}. Lines Asterisk would skip with a
 * warning become {@link ConfigProblem}s. Used by one thread.
 */
final class DialplanLoader {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final List<String> ACCEPTED = List.of("ignorepat", "switch", "lswitch", "eswitch", "autohints");

    private final Map<String, ContextBuilder> contexts = new LinkedHashMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();

    static Dialplan load(AsteriskConfig config) {
        DialplanLoader loader = new DialplanLoader();
        loader.problems.addAll(config.problems());
        for (ConfigSection section : config.sections()) {
            if (section.isGeneral()) {
                loader.checkGeneral(section);
            } else if (!section.template()) {
                loader.context(section);
            }
        }
        Map<String, DialplanContext> built = new LinkedHashMap<>();
        loader.contexts.forEach((name, b) -> built.put(name, b.build()));
        return new Dialplan(built, loader.problems);
    }

    private void checkGeneral(ConfigSection section) {
        for (ConfigEntry e : section.entries()) {
            String n = e.name().toLowerCase(Locale.ROOT);
            if (n.equals("exten") || n.startsWith("same") || n.equals("include")) {
                problem(e.at(), "cannot have '" + e.name() + "' in the " + section.name() + " section");
            }
        }
    }

    /** One section: Asterisk resets the previous extension and priority at each section start. */
    private void context(ConfigSection section) {
        ContextBuilder context = contexts.computeIfAbsent(section.name(), n -> new ContextBuilder(n, section.at()));
        String lastExtension = null;
        int lastPriority = -2;
        for (ConfigEntry e : section.entries()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.startsWith("same")) {
                if (lastExtension == null) {
                    problem(e.at(), "No previous pattern in the first entry of context '" + section.name()
                            + "' to match '" + e.name() + "'");
                    continue;
                }
                lastPriority = extension(context, lastExtension, e.value(), e.at(), lastPriority);
            } else if (name.equals("exten")) {
                String[] split = splitExtension(e.value());
                lastExtension = split[0];
                lastPriority = extension(context, lastExtension, split[1], e.at(), lastPriority);
            } else if (name.equals("include")) {
                String target = e.value().split("[,|]", 2)[0].strip();
                if (context.includes.contains(target)) {
                    problem(e.at(), "Context '" + target + "' already included in '" + section.name() + "' context");
                } else {
                    context.includes.add(target);
                }
            } else if (!ACCEPTED.contains(name)) {
                problem(e.at(), "Unknown directive: " + e.name());
            }
        }
    }

    /**
     * Adds one priority line ({@code rest} = "priority,Application(data)") to {@code exten}; returns the priority
     * the next {@code n} continues from (unchanged when the line was refused).
     */
    private int extension(ContextBuilder context, String exten, String rest, ConfigPosition at, int lastPriority) {
        String name = exten.strip();
        String callerId = null;
        int slash = name.indexOf('/');
        if (slash >= 0) {
            callerId = name.substring(slash + 1);
            name = name.substring(0, slash);
        }
        int comma = rest.indexOf(',');
        String pri = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        String app = comma < 0 ? "" : rest.substring(comma + 1);
        String label = null;
        int paren = pri.indexOf('(');
        if (paren >= 0) {
            int close = pri.indexOf(')', paren);
            if (close < 0) {
                problem(at, "Label missing trailing ')'");
                return lastPriority;
            }
            label = pri.substring(paren + 1, close);
            pri = pri.substring(0, paren);
        }
        int offset = 0;
        int plus = pri.indexOf('+');
        if (plus >= 0) {
            String n = pri.substring(plus + 1).strip();
            offset = NUMBER.matcher(n).matches() ? Integer.parseInt(n) : 0;
            pri = pri.substring(0, plus);
        }
        ExtensionBuilder existing = context.extensions.get(name + "/" + callerId);
        int priority;
        if (pri.equals("hint")) {
            priority = DialplanStep.HINT;
        } else if (pri.equals("n") || pri.equals("next") || pri.equals("s") || pri.equals("same")) {
            if (lastPriority <= -2) {
                problem(at, "Can't use '" + pri + "' priority on the first entry");
                return lastPriority;
            }
            priority = pri.startsWith("n") ? lastPriority + 1 : lastPriority;
        } else if (NUMBER.matcher(pri).matches()) {
            priority = Integer.parseInt(pri);
            if (priority < 1) {
                problem(at, "Invalid priority '" + pri + "'");
                return lastPriority;
            }
        } else {
            DialplanStep labelled = existing == null ? null : existing.labelled(pri);
            if (labelled == null) {
                problem(at, "Invalid priority/label '" + pri + "'");
                return lastPriority;
            }
            priority = labelled.priority();
        }
        priority += offset;
        String[] appData = applicationAndData(app, at);
        ExtensionBuilder ext = context.extension(name, callerId, at);
        if (ext.priorities.containsKey(priority)) {
            problem(at, "Unable to register extension '" + name + "' priority " + priority + " in '" + context.name
                    + "', already in use");
            return priority;
        }
        ext.priorities.put(priority, new DialplanStep(priority, label, appData[0], appData[1], at));
        return priority;
    }

    /** {@code Application(data)}, or an application without arguments; pbx_config.c splits at the first '('. */
    private String[] applicationAndData(String app, ConfigPosition at) {
        int open = app.indexOf('(');
        if (open < 0) {
            return new String[] {app.strip(), ""};
        }
        String name = app.substring(0, open);
        if (name.contains("${") || name.contains("$[")) {
            return new String[] {app.strip(), ""};
        }
        String data = app.substring(open + 1);
        int close = data.lastIndexOf(')');
        if (close < 0) {
            problem(at, "No closing parenthesis found? '" + app.strip() + "'");
        } else {
            data = data.substring(0, close);
        }
        return new String[] {name.strip(), data};
    }

    /**
     * Splits {@code exten => name,rest} at the first comma outside {@code [...]} (pattern sets may hold commas)
     * and not escaped by a backslash, as {@code pbx_strsep} does.
     */
    static String[] splitExtension(String value) {
        int square = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '[') {
                square++;
            } else if (c == ']') {
                square = Math.max(0, square - 1);
            } else if (c == '\\') {
                i++;
            } else if (c == ',' && square == 0) {
                return new String[] {value.substring(0, i), value.substring(i + 1)};
            }
        }
        return new String[] {value, ""};
    }

    private void problem(ConfigPosition at, String message) {
        problems.add(new ConfigProblem(at, message));
    }

    private static final class ContextBuilder {
        final String name;
        final ConfigPosition at;
        final Map<String, ExtensionBuilder> extensions = new LinkedHashMap<>();
        final List<String> includes = new ArrayList<>();

        ContextBuilder(String name, ConfigPosition at) {
            this.name = name;
            this.at = at;
        }

        ExtensionBuilder extension(String exten, String callerId, ConfigPosition at) {
            return extensions.computeIfAbsent(exten + "/" + callerId, k -> new ExtensionBuilder(exten, callerId, at));
        }

        DialplanContext build() {
            return new DialplanContext(name, extensions.values().stream().map(ExtensionBuilder::build).toList(),
                    includes, at);
        }
    }

    private static final class ExtensionBuilder {
        final String name;
        final String callerId;
        final ConfigPosition at;
        final Map<Integer, DialplanStep> priorities = new LinkedHashMap<>();

        ExtensionBuilder(String name, String callerId, ConfigPosition at) {
            this.name = name;
            this.callerId = callerId;
            this.at = at;
        }

        DialplanStep labelled(String label) {
            return priorities.values().stream().filter(s -> label.equals(s.label())).findFirst().orElse(null);
        }

        DialplanExtension build() {
            return new DialplanExtension(name, callerId, priorities, at);
        }
    }
}
