package io.callbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class TemplateParserTest {

    @Test
    void splitsLiteralsAndFieldsWithFilters() {
        Template t = TemplateParser.parse("Hi {customer.first_name|default:there}, on {customer.attributes.day|date}!");
        assertThat(t.segments()).containsExactly(
                new Template.Literal("Hi "),
                new Template.Field("customer.first_name", List.of(new Template.Filter("default", "there"))),
                new Template.Literal(", on "),
                new Template.Field("customer.attributes.day", List.of(new Template.Filter("date", null))),
                new Template.Literal("!"));
    }

    @Test
    void doubledBracesAreLiteral() {
        assertThat(TemplateParser.parse("{{x}} {data.a}").segments()).containsExactly(
                new Template.Literal("{x} "), new Template.Field("data.a", List.of()));
    }

    @Test
    void defaultMayContainSpacesAndColons() {
        Template.Field f = TemplateParser.parse("{data.a|default:at 10:30 sharp|number}").fields().get(0);
        assertThat(f.filters()).containsExactly(new Template.Filter("default", "at 10:30 sharp"), new Template.Filter("number", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Hi {customer.first_name ; unclosed '{' ; 3
            Hi } there ; unmatched '}' (write '}}' for a literal brace) ; 3
            Hi {} there ; bad field name '' in {} ; 3
            Hi {Customer Name} ; bad field name 'Customer Name' in {Customer Name} ; 3
            {data.a|} ; bad filter '' in {data.a|} ; 0
            """)
    void reportsSyntaxErrorsWithOffset(String text, String message, int offset) {
        assertThatThrownBy(() -> TemplateParser.parse(text))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }
}
