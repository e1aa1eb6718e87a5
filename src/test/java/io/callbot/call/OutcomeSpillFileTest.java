package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spill file across the customer id's change from text to number: no record spilled before it is lost. */
@Tag("unit")
class OutcomeSpillFileTest {
    private final Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();

    @Test
    void aLineWrittenWithTheCustomerIdAsTextIsReplayedWithItsNumber(@TempDir Path dir) throws Exception {
        UUID attempt = UUID.randomUUID();
        // a line as the version before the numeric customer id wrote it
        String old = "{\"attemptId\":\"" + attempt + "\",\"attemptNo\":2,\"tenant\":\"" + campaign.tenant()
                + "\",\"campaignId\":\"" + campaign.id() + "\",\"customerId\":\"42\",\"externalId\":\"crm-42\","
                + "\"outcome\":\"interested\",\"endReason\":\"COMPLETED\",\"mediaEnd\":\"ROBOT_HANGUP\","
                + "\"statePath\":[\"greeting\"],\"transcript\":[],\"addTags\":[\"warm\"],\"removeTags\":[],"
                + "\"setFields\":{},\"callbackAt\":null,\"doNotCall\":false,"
                + "\"answeredAt\":\"2026-11-28T15:00:00Z\",\"endedAt\":\"2026-11-28T15:01:00Z\",\"transfer\":null}";
        OutcomeSpillFile spill = new OutcomeSpillFile(dir.resolve("outcome-spill.jsonl"));
        Files.write(spill.file(), List.of(old));

        List<CallRecord> replayed = new ArrayList<>();
        assertThat(spill.replay(this::campaign, replayed::add)).isEqualTo(new OutcomeSpillFile.Replayed(1, 0, 0, 0));

        CallRecord r = replayed.get(0);
        assertThat(r.plan().customerId()).isEqualTo(42L);
        assertThat(r.plan().attemptId()).isEqualTo(attempt);
        assertThat(r.plan().attemptNo()).isEqualTo(2);
        assertThat(r.outcome()).isEqualTo("interested");
        assertThat(r.addTags()).containsExactly("warm");

        // written again (say the database refuses it once more), the id is a JSON number and reads back the same
        spill.append(r);
        assertThat(Files.readAllLines(spill.file())).singleElement().asString().contains("\"customerId\":42,");
        List<CallRecord> again = new ArrayList<>();
        spill.replay(this::campaign, again::add);
        assertThat(again).singleElement().satisfies(x -> assertThat(x.plan().customerId()).isEqualTo(42L));
    }

    private Optional<Campaign> campaign(String tenant, String id) {
        return tenant.equals(campaign.tenant()) && id.equals(campaign.id()) ? Optional.of(campaign) : Optional.empty();
    }
}
