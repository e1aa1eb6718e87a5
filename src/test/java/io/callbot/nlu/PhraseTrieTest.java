package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The trie's matching, read from its arrays: phrasings, fillers, one unknown word, wildcards and numbers. */
@Tag("unit")
class PhraseTrieTest {

    private static final IntentLibrary LIBRARY = IntentLibrary.english();
    private static final PhraseTrie TRIE = new PhraseTrie(List.of("(take|get) me off (the|your) list",
            "call me (back|) at #", "this is *", "stop"), Set.of("yes", "no"), LIBRARY.clauseWords());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // said                                  | spans found: start-end/words matched
        "take me off your list                   | 0-5/5",
        "please get me off the list now          | 1-6/5",
        "take me uh off the list                 | 0-6/5",
        "take me off your damn list              | 0-6/5",
        "take me off your damn stupid list       | ''",
        "call me back at 6                        | 0-5/5",
        "call me at six                          | 0-4/4",
        "this is maria                           | 0-3/3",
        "this is no                              | ''",
        "stop stop                               | 0-1/1 1-2/1",
    })
    void findsThePhrasingsInWhatWasSaid(String said, String expected) {
        Utterance u = new Utterance(said, LIBRARY);
        List<Span> out = new ArrayList<>();
        TRIE.find(u, new Lexicon(TRIE.words()), 7, out);
        List<String> found = out.stream().filter(s -> s.intent() == 7)
                .map(s -> s.start() + "-" + s.end() + "/" + s.weight()).distinct().toList();
        assertThat(String.join(" ", found)).isEqualTo(expected);
    }

    @Test
    void itCountsItsPhrasingsAndNodes() {
        // take|get x the|your: 4 phrasings; call me (back|) at #: 2; this is *: 1; stop: 1
        assertThat(TRIE.phrasings()).isEqualTo(8);
        // the root; take|get, me, off: 2 x 3; the|your: 2 x 2; list: 4; call, me, back, at, #, at, #: 7; this, is, *: 3;
        // stop: 1
        assertThat(TRIE.nodes()).isEqualTo(1 + 6 + 4 + 4 + 7 + 3 + 1);
    }
}
