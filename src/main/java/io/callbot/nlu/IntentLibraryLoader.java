package io.callbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code nlu/<language>.yaml} from the class path into an {@link IntentLibrary}; stateless. */
final class IntentLibraryLoader {

    /** The word classes the reading itself reads ({@link WordClasses#words}); the library file says what each is for. */
    private static final Set<String> CLASSES_READ_BY_CODE = Set.of("answer_word", "condition", "closing_corrector",
            "place_preposition", "determiner", "auxiliary", "new_subject", "consequence", "first_person",
            "question_word", "decline_tail");

    private IntentLibraryLoader() {
    }

    /**
     * The words of a class the code reads, normalized; the name must be one of {@link #CLASSES_READ_BY_CODE}, so a name
     * misspelt here fails every load instead of reading as an empty class.
     */
    private static Set<String> readByCode(WordClasses wordClasses, String name) {
        if (!CLASSES_READ_BY_CODE.contains(name)) {
            throw new IllegalStateException("word class '" + name
                    + "' is read by the code but missing from CLASSES_READ_BY_CODE");
        }
        return normalized(wordClasses.words(name));
    }

    /** @throws IllegalArgumentException when there is no such file or it is malformed (naming file and key) */
    static IntentLibrary load(String language) {
        String resource = "nlu/" + language + ".yaml";
        try (InputStream in = IntentLibraryLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no intent library for language '" + language + "' (" + resource
                        + " is not on the class path)");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return read(resource, language, root);
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read " + resource + ": " + e.getMessage(), e);
        }
    }

    static IntentLibrary read(String file, String language, Map<String, Object> yaml) {
        WordClasses wordClasses = WordClasses.read(file, yaml.get("word_classes"));
        wordClasses.requireUsed(file, yaml, CLASSES_READ_BY_CODE);
        Map<String, Object> root = wordClasses.expandIn(file, yaml);
        // the yes and no words a wildcard never stands for, read by the code (PhraseTrie) from their class
        Set<String> answerWords = readByCode(wordClasses, "answer_word");
        Map<String, LibraryIntent> intents = new LinkedHashMap<>();
        Map<String, List<String>> deadlinePhrases = new LinkedHashMap<>();
        Map<String, List<String>> channelPhrases = new LinkedHashMap<>();
        Map<String, Object> section = map(file, "intents", root.get("intents"));
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String where = "intents." + e.getKey();
            Map<String, Object> spec = map(file, where, e.getValue());
            List<String> phrases = strings(file, where + ".phrases", spec.get("phrases"));
            intents.put(e.getKey(), new LibraryIntent(e.getKey(), String.valueOf(spec.getOrDefault("description", "")),
                    phrases, rules(file, where + ".evidence", spec.get("evidence")),
                    rules(file, where + ".partial", spec.get("partial")),
                    strings(file, where + ".grammar", spec.get("grammar")),
                    !Boolean.FALSE.equals(spec.get("negatable")) && Role.of(e.getKey()) != Role.OPT_OUT,
                    Boolean.TRUE.equals(spec.get("declines")), Boolean.TRUE.equals(spec.get("asks")),
                    Boolean.TRUE.equals(spec.get("goes_on"))));
            deadlinePhrases.put(e.getKey(), strings(file, where + ".deadline", spec.get("deadline")));
            channelPhrases.put(e.getKey(), strings(file, where + ".channel", spec.get("channel")));
        }
        ClauseWords clauseWords = new ClauseWords(wordLists(file, "fillers", root.get("fillers")),
                new HashSet<>(strings(file, "negators", root.get("negators"))),
                wordLists(file, "not_negating", root.get("not_negating")),
                readByCode(wordClasses, "condition"),
                wordLists(file, "correctors", root.get("correctors")),
                wordLists(file, "not_correcting", root.get("not_correcting")),
                wordLists(file, "settling", root.get("settling")),
                // the word classes read by the code alone: what each is for is said in the library file
                readByCode(wordClasses, "closing_corrector"), readByCode(wordClasses, "place_preposition"),
                readByCode(wordClasses, "determiner"), readByCode(wordClasses, "auxiliary"),
                readByCode(wordClasses, "new_subject"), readByCode(wordClasses, "consequence"),
                readByCode(wordClasses, "first_person"), readByCode(wordClasses, "question_word"),
                readByCode(wordClasses, "decline_tail"));
        List<String> uncertain = strings(file, "uncertain", root.get("uncertain"));
        List<String> remarks = strings(file, "remarks", root.get("remarks"));
        Set<String> standalone = normalized(strings(file, "standalone", root.get("standalone")));
        Set<String> functionWords = new HashSet<>(strings(file, "function_words", root.get("function_words")));
        Respellings respellings = respellings(file, root.get("respell"));
        QuestionBoundPhrasings deadline = conditioned(file, "deadline", root, deadlinePhrases, answerWords,
                clauseWords);
        QuestionBoundPhrasings channel = conditioned(file, "channel", root, channelPhrases, answerWords, clauseWords);
        try {
            // the library builds its phrase tries: a malformed phrasing is named with the file
            return new IntentLibrary(language, intents, clauseWords, uncertain, remarks, standalone, functionWords,
                    answerWords, respellings, deadline, channel);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * A section of phrasings the question brings into play ({@code deadline:}, {@code channel:}: what in a question
     * brings them in, the days they may name) and the intents' phrasings of that name.
     */
    private static QuestionBoundPhrasings conditioned(String file, String name, Map<String, Object> root,
            Map<String, List<String>> phrases, Set<String> answerWords, ClauseWords clauseWords) {
        Object value = root.get(name);
        Map<String, Object> spec = value == null ? Map.of() : map(file, name, value);
        return new QuestionBoundPhrasings(rules(file, name + ".question", spec.get("question")),
                normalized(strings(file, name + ".days", spec.get("days"))), phrases, answerWords, clauseWords);
    }

    /** Entries as matching spells them ("i don't" is "i do not"). */
    private static Set<String> normalized(List<String> entries) {
        Set<String> out = new HashSet<>();
        entries.forEach(e -> out.add(String.join(" ", SpokenText.words(e))));
        return out;
    }

    private static List<EvidenceRule> rules(String file, String where, Object value) {
        List<EvidenceRule> out = new ArrayList<>();
        for (String s : strings(file, where, value)) {
            try {
                out.add(EvidenceRule.parse(s));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(file + ": " + where + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static Respellings respellings(String file, Object value) {
        List<Respellings.Rule> rules = new ArrayList<>();
        for (String s : strings(file, "respell", value)) {
            try {
                rules.add(Respellings.parse(s));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(file + ": respell: " + ex.getMessage(), ex);
            }
        }
        return new Respellings(rules);
    }

    private static List<List<String>> wordLists(String file, String where, Object value) {
        List<List<String>> out = new ArrayList<>();
        for (String s : strings(file, where, value)) {
            List<String> words = SpokenText.words(s);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String file, String where, Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(file + ": " + where + " must be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<String> strings(String file, String where, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(file + ": " + where + " must be a list");
        }
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (Object o : list) {
            if (o == null) {
                throw new IllegalArgumentException(file + ": " + where + " has an empty entry");
            }
            seen.add(String.valueOf(o));
        }
        return List.copyOf(seen);
    }
}
