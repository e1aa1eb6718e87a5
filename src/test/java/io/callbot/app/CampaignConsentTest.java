package io.callbot.app;

import static io.callbot.testing.NamedCustomers.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.customer.TimezoneSource;
import io.callbot.launch.AudienceCandidates;
import io.callbot.schedule.Candidate;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who a campaign calls, by kind (docs/campaign-format.md, "Who is never called"): customers without consent are
 * left out of marketing and re-engagement campaigns, and still get service notices; do-not-call customers get none.
 */
class CampaignConsentTest {
    private static Campaign campaign(String kind) throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/campaign/base.yaml"))
                .replace("kind: service_notice", "kind: " + kind);
        LoadResult loaded = CampaignLoader.load(kind + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.errors()).isEmpty();
        return loaded.campaign();
    }

    private static void customer(CustomerStore store, String id, String phone, boolean consent) {
        store.upsert("acme", new CustomerRecord(id, phone, "First", "Last", "en-GB", "Europe/London",
                TimezoneSource.EXPLICIT, consent, List.of(Tag.parse("a")), Map.of("lifetime_value", 50)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"service_notice, 'consents,silent'", "marketing, consents", "re_engagement, consents"})
    void consentIsRequiredForMarketingAndReEngagementButNotForServiceNotices(String kind, String expected)
            throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), Clock.systemUTC());
            customer(store, "consents", "+44 20 7946 0101", true);
            customer(store, "silent", "+44 20 7946 0102", false);
            customer(store, "opted-out", "+44 20 7946 0103", true);
            store.setDoNotCall("acme", store.getByExternalId("acme", "opted-out").orElseThrow().id(), true, "asked");

            AudienceCandidates candidates = new AudienceCandidates(
                    new AudienceQuery(db.database().dataSource(), Clock.systemUTC()));
            List<String> called;
            try (Stream<Candidate> s = candidates.candidates(campaign(kind))) {
                called = s.map(c -> store.get("acme", c.customerId()).orElseThrow().externalId())
                        .sorted().toList();
            }
            assertThat(called).containsExactly(expected.split(","));
        }
    }
}
