package io.callbot.nlu;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named lists of words an intent library's patterns share ({@code word_classes:} in {@code nlu/<language>.yaml}):
 * {@code <offer_verb>} in an entry stands for the class's words joined by {@code |}, so one list serves every rule
 * that names the same verbs instead of copies that drift apart. Expanded once, as the library is read; immutable.
 */
final class WordClasses {

    private static final Pattern REFERENCE = Pattern.compile("<([a-z_]+)>");

    private final Map<String, List<String>> classes;

    private WordClasses(Map<String, List<String>> classes) {
        this.classes = classes;
    }

    /** @throws IllegalArgumentException when {@code value} is not a mapping of names to lists of words */
    static WordClasses read(String file, Object value) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (value == null) {
            return new WordClasses(out);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": word_classes must be a mapping");
        }
        map.forEach((name, words) -> {
            if (!(words instanceof List<?> list) || list.isEmpty() || list.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException(file + ": word_classes." + name + " must be a list of words");
            }
            out.put(String.valueOf(name), list.stream().map(String::valueOf).toList());
        });
        return new WordClasses(out);
    }

    /**
     * The words of class {@code name} as written, for a class the code reads as well as the patterns (the words a
     * wildcard never stands for, the conditions); none when the library has no such class.
     */
    List<String> words(String name) {
        return classes.getOrDefault(name, List.of());
    }

    /** A copy of the library's YAML with every {@code <name>} in its strings replaced by the class's words. */
    @SuppressWarnings("unchecked")
    Map<String, Object> expandIn(String file, Map<String, Object> root) {
        return (Map<String, Object>) expand(file, root);
    }

    /**
     * @throws IllegalArgumentException naming a class that no entry names as {@code <name>} and the code does not
     *         read ({@code readByCode}): a misspelt class name would otherwise silently turn its rule off
     */
    void requireUsed(String file, Map<String, Object> yaml, Set<String> readByCode) {
        Set<String> named = new HashSet<>(readByCode);
        collectReferences(yaml, named);
        classes.keySet().stream().filter(name -> !named.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException(file + ": word_classes." + name + " is never used: no entry names <"
                    + name + "> and the code reads no class of that name (" + String.join(", ",
                    new TreeSet<>(readByCode)) + ")");
        });
    }

    private static void collectReferences(Object node, Set<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectReferences(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectReferences(v, out));
        } else if (node instanceof String s) {
            REFERENCE.matcher(s).results().forEach(r -> out.add(r.group(1)));
        }
    }

    private Object expand(String file, Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, expand(file, v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(v -> expand(file, v)).toList();
        }
        return node instanceof String s ? expand(file, s) : node;
    }

    private String expand(String file, String entry) {
        Matcher m = REFERENCE.matcher(entry);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> words = classes.get(m.group(1));
            if (words == null) {
                throw new IllegalArgumentException(file + ": no word class '" + m.group(1) + "' (word_classes) for '"
                        + entry + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.join("|", words)));
        }
        return m.appendTail(out).toString();
    }
}
