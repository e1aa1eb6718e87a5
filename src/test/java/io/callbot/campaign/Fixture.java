package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The minimal valid campaign of {@code src/test/resources/campaign/base.yaml} and edits of it. */
final class Fixture {

    static final String FILE = "t.yaml";

    private Fixture() {
    }

    static String base() {
        try (InputStream in = Fixture.class.getResourceAsStream("/campaign/base.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String with(String from, String to) {
        String base = base();
        int at = base.indexOf(from);
        assertThat(at).as("'%s' in base.yaml", from).isNotNegative();
        assertThat(base.indexOf(from, at + 1)).as("'%s' occurs once in base.yaml", from).isNegative();
        return base.substring(0, at) + to + base.substring(at + from.length());
    }

    /** The base with several edits, given as from, to, from, to, ... each applied by {@link #with}. */
    static String edited(List<String> edits) {
        String text = base();
        for (int i = 0; i < edits.size(); i += 2) {
            String from = edits.get(i);
            int at = text.indexOf(from);
            assertThat(at).as("'%s' in base.yaml", from).isNotNegative();
            assertThat(text.indexOf(from, at + 1)).as("'%s' occurs once", from).isNegative();
            text = text.substring(0, at) + edits.get(i + 1) + text.substring(at + from.length());
        }
        return text;
    }

    static LoadResult load(String yaml) {
        return CampaignLoader.load(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Every error of {@code yaml} as {@code file:line:column: path: message}. */
    static List<String> errors(String yaml) {
        return load(yaml).errors().stream().map(ValidationError::toString).toList();
    }
}
