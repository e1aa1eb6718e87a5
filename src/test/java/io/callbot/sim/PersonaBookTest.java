package io.callbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seeded persona assignment is deterministic per (seed, number) and follows the weights. */
class PersonaBookTest {

    private static final Persona YES = Persona.of(Behaviour.ANSWER, Duration.ofSeconds(2), Duration.ofSeconds(20));
    private static final Persona BUSY = Persona.of(Behaviour.BUSY, Duration.ofSeconds(1), Duration.ZERO);

    @Test
    void sameSeedSameNumberSamePersona() {
        PersonaBook a = PersonaBook.seededMix(1, List.of(new PersonaBook.Weighted(YES, 3), new PersonaBook.Weighted(BUSY, 1)));
        PersonaBook b = PersonaBook.seededMix(1, List.of(new PersonaBook.Weighted(YES, 3), new PersonaBook.Weighted(BUSY, 1)));
        PersonaBook other = PersonaBook.seededMix(2, List.of(new PersonaBook.Weighted(YES, 3), new PersonaBook.Weighted(BUSY, 1)));
        int differ = 0;
        Map<Behaviour, Integer> counts = new EnumMap<>(Behaviour.class);
        for (int i = 0; i < 4000; i++) {
            String n = "+1555" + i;
            assertThat(a.personaFor(n)).isSameAs(b.personaFor(n));
            differ += a.personaFor(n) == other.personaFor(n) ? 0 : 1;
            counts.merge(a.personaFor(n).behaviour(), 1, Integer::sum);
        }
        assertThat(differ).as("another seed gives another assignment").isPositive();
        assertThat(counts.get(Behaviour.ANSWER)).isBetween(2800, 3200);
        assertThat(counts.get(Behaviour.BUSY)).isBetween(800, 1200);
    }

    @Test
    void assignedNumbersOverrideTheMix() {
        PersonaBook book = PersonaBook.always(YES).assign("+15550000000", BUSY);
        assertThat(book.personaFor("+15550000000")).isSameAs(BUSY);
        assertThat(book.personaFor("+15550000001")).isSameAs(YES);
    }

    @Test
    void dialledNumberAndCallerIdAreParsedFromTheOriginate() {
        assertThat(SimulatedPbx.dialledNumber("PJSIP/+4930123456@carrier")).isEqualTo("+4930123456");
        assertThat(SimulatedPbx.callerId("\"Robot\" <4930123456>")).containsExactly("Robot", "4930123456");
        assertThat(SimulatedPbx.callerId("4930123456")).containsExactly("<unknown>", "4930123456");
    }
}
