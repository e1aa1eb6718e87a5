package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.Condition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Personalisation conditions on tags and attributes ("a Xiaomi fan hears a Xiaomi offer"). */
@Tag("unit")
class ConditionEvaluatorTest {

    private static final ConditionEvaluator EVALUATOR = evaluator();

    private static ConditionEvaluator evaluator() {
        Map<String, Object> attributes = Map.of("tier", "gold", "age", 34, "since", "2020-05-01", "city", "Beijing");
        CustomerView customer = Fixtures.customer(Set.of("brand:xiaomi", "VIP"), attributes);
        return new ConditionEvaluator(new ProfileValues(Fixtures.context(customer), new HashMap<>()), customer.tags());
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        has    | brand:xiaomi               | -                 | true
        has    | brand:apple                | -                 | false
        has    | vip                        | -                 | true
        lacks  | brand:apple                | -                 | true
        lacks  | brand:xiaomi               | -                 | false
        =      | customer.attributes.tier   | GOLD              | true
        !=     | customer.attributes.tier   | silver            | true
        >      | customer.attributes.age    | 30                | true
        <      | customer.attributes.age    | 30                | false
        >=     | customer.attributes.age    | 34                | true
        >      | customer.attributes.age    | 100               | false
        <      | customer.attributes.since  | 2021-01-01        | true
        in     | customer.attributes.city   | Shanghai,Beijing  | true
        in     | customer.attributes.city   | Shanghai,Shenzhen | false
        exists | customer.attributes.tier   | -                 | true
        exists | customer.attributes.pet    | -                 | false
        =      | customer.attributes.pet    | cat               | false
        !=     | customer.attributes.pet    | cat               | true
        =      | customer.first_name        | ada               | true
        =      | data.discount              | 20 percent        | true
        =      | campaign.id                | spring-sale       | true
        """)
    void decides(String op, String subject, String values, boolean expected) {
        Condition condition = switch (op) {
            case "has" -> new Condition.HasTag(subject);
            case "lacks" -> new Condition.LacksTag(subject);
            default -> new Condition.FieldTest(subject, Condition.CompareOp.parse(op),
                    values == null ? List.of() : Arrays.asList(values.split(",")));
        };
        assertThat(EVALUATOR.holds(condition)).isEqualTo(expected);
    }
}
