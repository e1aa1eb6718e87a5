package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class VoskDecoderTest {

    private static final String N_BEST = """
            { "alternatives" : [{ "confidence" : 155.89, "result" : [], "text" : "remote me" },
              { "confidence" : 155.73, "text" : "remove me" }, { "confidence" : 155.70, "text" : "removed me" }] }""";

    @Test
    void nBestResultsGiveTheirReadingsBestFirstAndTheBestReadingsWords() {
        assertThat(VoskDecoder.readings(N_BEST)).containsExactly("remote me", "remove me", "removed me");
        assertThat(VoskDecoder.words(N_BEST)).extracting(RecognizedWord::word).containsExactly("remote", "me");
        assertThat(VoskDecoder.readings("{\"text\" : \"yes please\"}")).containsExactly("yes please");
    }

    @Test
    void aTurnsNextBestReadingsJoinEachSegmentsReadingsAndNeverRepeatTheBest() {
        List<List<String>> segments = List.of(List.of("well i", "well a"), List.of("remote me", "remove me",
                "removed me"));

        assertThat(VoskDecoder.alternativesOf(segments, 4))
                .containsExactly("well a remove me", "well a removed me");
        assertThat(VoskDecoder.alternativesOf(segments, 1)).containsExactly("well a remove me");
        assertThat(VoskDecoder.alternativesOf(List.of(List.of("yes")), 4)).isEmpty();
        assertThat(VoskDecoder.alternativesOf(List.of(List.of("", "uh"), List.of("no")), 4))
                .containsExactly("uh no");
    }
}
