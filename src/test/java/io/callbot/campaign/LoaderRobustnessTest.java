package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged campaign files never make the loader throw: lines of each example are deleted, or their values
 * replaced by a list, a mapping, nothing, a negative number or a broken template, and the loader must answer
 * with a campaign or with located errors.
 */
@Tag("unit")
class LoaderRobustnessTest {

    private static final List<String> REPLACEMENTS = List.of("[]", "{a: 1}", "", "-1", "\"{\"");

    @ParameterizedTest
    @ValueSource(strings = {"delivery-notice.yaml", "winback-coupon.yaml", "xiaomi-fans-offer.yaml"})
    void everyDamagedVariantLoadsOrReportsErrors(String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("campaigns", file));
        // every third line, one damage each, rotating through the kinds: keeps the run short on a busy machine
        for (int i = file.length() % 3; i < lines.size(); i += 3) {
            int kind = (i / 3) % (REPLACEMENTS.size() + 1);
            int colon = lines.get(i).indexOf(": ");
            List<String> damaged = new ArrayList<>(lines);
            if (kind == REPLACEMENTS.size() || colon < 0) {
                damaged.remove(i);
                check(damaged, "line " + (i + 1) + " deleted");
            } else {
                damaged.set(i, lines.get(i).substring(0, colon + 2) + REPLACEMENTS.get(kind));
                check(damaged, "line " + (i + 1) + " value " + REPLACEMENTS.get(kind));
            }
        }
    }

    private static void check(List<String> lines, String what) {
        LoadResult result = CampaignLoader.load("t.yaml", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        if (result.campaign() == null) {
            assertThat(result.errors()).as(what).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.line()).as(what).isBetween(1, lines.size() + 1));
        } else {
            assertThat(result.errors()).as(what).isEmpty();
        }
    }
}
