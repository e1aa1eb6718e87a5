package io.callbot.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The evaluation corpus stays big, balanced and split cleanly (no line in both halves). */
@Tag("unit")
class CorpusTest {

    private final List<CorpusLine> dev = Corpus.read("dev");
    private final List<CorpusLine> heldout = Corpus.read("heldout");

    @Test
    void holdsEnoughPhrasingsPerIntent() {
        Map<String, Long> counts = Stream.concat(dev.stream(), heldout.stream())
                .collect(Collectors.groupingBy(CorpusLine::intent, Collectors.counting()));
        assertThat(dev.size() + heldout.size()).isGreaterThanOrEqualTo(600);
        for (String intent : Corpus.INTENTS) {
            long floor = List.of("yes", "no", "opt_out").contains(intent) ? 40 : 30;
            assertThat(counts.get(intent)).as(intent).isGreaterThanOrEqualTo(floor);
        }
    }

    @Test
    void bothSplitsCoverEveryIntentAndCategoryAboutEvenly() {
        for (List<CorpusLine> split : List.of(dev, heldout)) {
            assertThat(split.stream().map(CorpusLine::intent).distinct()).containsExactlyInAnyOrderElementsOf(
                    Corpus.INTENTS);
            assertThat(split.stream().map(CorpusLine::category).distinct()).containsExactlyInAnyOrderElementsOf(
                    Corpus.CATEGORIES);
            for (String intent : Corpus.INTENTS) {
                assertThat(split.stream().filter(l -> l.intent().equals(intent)).map(CorpusLine::category)
                        .distinct().count()).as("categories of %s", intent).isEqualTo(Corpus.CATEGORIES.size());
            }
        }
        for (String intent : Corpus.INTENTS) {
            long d = dev.stream().filter(l -> l.intent().equals(intent)).count();
            long h = heldout.stream().filter(l -> l.intent().equals(intent)).count();
            assertThat(Math.abs(d - h)).as("dev %d vs held-out %d lines of %s", d, h, intent).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void noPhrasingOrIdIsInBothSplits() {
        Set<String> devTexts = dev.stream().map(l -> normalize(l.text())).collect(Collectors.toSet());
        assertThat(heldout.stream().filter(l -> devTexts.contains(normalize(l.text()))).map(CorpusLine::id))
                .as("held-out lines that are also dev lines").isEmpty();
        Set<String> ids = new HashSet<>();
        Stream.concat(dev.stream(), heldout.stream()).forEach(l -> assertThat(ids.add(l.id())).as(l.id()).isTrue());
    }

    @Test
    void theProbeSplitSharesNoPhrasingWithTheOthers() {
        List<CorpusLine> probe = Corpus.read("probe");
        Set<String> others = Stream.concat(dev.stream(), heldout.stream()).map(l -> normalize(l.text()))
                .collect(Collectors.toSet());
        assertThat(probe).hasSizeGreaterThanOrEqualTo(300);
        assertThat(probe.stream().filter(l -> others.contains(normalize(l.text()))).map(CorpusLine::id))
                .as("probe lines that are also dev or held-out lines").isEmpty();
        assertThat(probe.stream().map(CorpusLine::intent).distinct())
                .containsExactlyInAnyOrderElementsOf(Corpus.INTENTS);
    }

    @Test
    void callbacksRecordTheTimeTheyName() {
        assertThat(Stream.concat(dev.stream(), heldout.stream()).filter(l -> l.callbackTime() != null))
                .allMatch(l -> l.intent().equals("callback") && l.text().contains(l.callbackTime()));
    }

    @Test
    void aBadRowIsNamedByFileAndLine() {
        String tsv = "# c\nid\tintent\tcategory\tcallback_time\ttext\nx1\tmaybe\tplain\t-\thello\n";
        assertThatThrownBy(() -> Corpus.parse("t.tsv", new BufferedReader(new StringReader(tsv))))
                .hasMessageContaining("t.tsv:3: intent 'maybe' is not one of");
    }

    private static String normalize(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9 ]", "").replaceAll(" +", " ").strip();
    }
}
