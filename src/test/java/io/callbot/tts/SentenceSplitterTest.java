package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("unit")
class SentenceSplitterTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", List.of()),
                Arguments.of("   ", List.of()),
                Arguments.of("Goodbye!", List.of("Goodbye!")),
                Arguments.of("Thanks for your time. Have a great day. Goodbye!",
                        List.of("Thanks for your time.", "Have a great day.", "Goodbye!")),
                Arguments.of("Great! Your code is COMEBACK20, that's C O M E B A C K 2 0, valid until February 15th,"
                                + " 2027. We'll also text it to you. Would you like me to repeat it?",
                        List.of("Great!", "Your code is COMEBACK20, that's C O M E B A C K 2 0, valid until February"
                                + " 15th, 2027.", "We'll also text it to you.", "Would you like me to repeat it?")),
                Arguments.of("Sure: C O M E B A C K 2 0. Enjoy your next order!",
                        List.of("Sure: C O M E B A C K 2 0.", "Enjoy your next order!")),
                // spelled with periods: single letters never end a sentence
                Arguments.of("Your code is C. O. M. E. Thanks", List.of("Your code is C. O. M. E. Thanks")),
                // decimals, prices and times stay whole
                Arguments.of("It costs $3.50 now. That is 2.5 percent less.",
                        List.of("It costs $3.50 now.", "That is 2.5 percent less.")),
                Arguments.of("We call at 5 p.m. tomorrow. Bye.", List.of("We call at 5 p.m. tomorrow.", "Bye.")),
                Arguments.of("We call at 5 p.m. Talk soon.", List.of("We call at 5 p.m.", "Talk soon.")),
                // abbreviations
                Arguments.of("Mr. Smith and Dr. Jones say hi. Bye.", List.of("Mr. Smith and Dr. Jones say hi.", "Bye.")),
                Arguments.of("Bring a document, e.g. Your passport. Thanks.",
                        List.of("Bring a document, e.g. Your passport.", "Thanks.")),
                Arguments.of("Your order No. 4217 ships today.", List.of("Your order No. 4217 ships today.")),
                Arguments.of("I heard no. Is that right?", List.of("I heard no.", "Is that right?")),
                Arguments.of("Apples, pears, etc. and more. Done.", List.of("Apples, pears, etc. and more.", "Done.")),
                Arguments.of("Made in the U.S. Today only.", List.of("Made in the U.S. Today only.")),
                // punctuation runs, quotes, ellipses
                Arguments.of("Really?! Yes.", List.of("Really?!", "Yes.")),
                Arguments.of("He said \"Hello.\" Then he left.", List.of("He said \"Hello.\"", "Then he left.")),
                Arguments.of("Well... okay. Sure.", List.of("Well... okay.", "Sure.")),
                Arguments.of("Wait... Okay.", List.of("Wait...", "Okay.")),
                Arguments.of("Hello. ...", List.of("Hello. ...")),
                Arguments.of("Visit example.com today. Bye.", List.of("Visit example.com today.", "Bye.")),
                Arguments.of("Call 1 800 555 0199. Thanks!", List.of("Call 1 800 555 0199.", "Thanks!")),
                Arguments.of("  Hi there.   How are you?  ", List.of("Hi there.", "How are you?")),
                Arguments.of("你好。再见！", List.of("你好。", "再见！")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void splitsIntoSentences(String text, List<String> sentences) {
        assertThat(SentenceSplitter.split(text)).containsExactlyElementsOf(sentences);
    }
}
