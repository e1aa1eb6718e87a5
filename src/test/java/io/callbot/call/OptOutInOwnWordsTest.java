package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.DialogSettings;
import io.callbot.dialog.engine.Event;
import io.callbot.dialog.engine.TranscriptEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every campaign the project ships honours an opt-out said in the caller's own words at its first question (none of
 * these phrasings is in the campaign files), directly or after the robot's "do you want us to stop calling you?"
 * answered yes; and no way of turning the offer down is taken as a yes.
 */
class OptOutInOwnWordsTest {

    private static final List<String> CAMPAIGNS = List.of("campaigns/winback-coupon.yaml",
            "campaigns/delivery-notice.yaml", "campaigns/xiaomi-fans-offer.yaml",
            "docker/campaigns/softphone-test.yaml");

    private static final List<String> OPT_OUTS = List.of(
            "get me off this list", "quit calling me", "delete my number", "please stop ringing this phone",
            "i never want to hear from you again so stop calling", "lose this number", "do not call here again",
            "put me on the do not call list", "i want to be removed from your calling list", "unsubscribe me please",
            "cancel these calls", "no more calls please", "erase my details", "stop phoning me",
            "you need to stop calling me", "scratch my number off your list", "i'd like you to stop contacting me",
            "no, and don't ever call me again", "yeah no, take my name off your database", "leave me alone");

    private static final List<String> DECLINES = List.of(
            "no thanks", "nah i'm good", "i'll pass", "not interested at all", "i don't think so",
            "i don't want it", "not for me thank you", "no way", "absolutely not", "i'd rather not",
            "thanks but no thanks", "yeah no");

    static Stream<Arguments> optOuts() {
        return CAMPAIGNS.stream().flatMap(c -> OPT_OUTS.stream().map(p -> Arguments.of(c, p)));
    }

    static Stream<Arguments> declines() {
        return CAMPAIGNS.stream().flatMap(c -> DECLINES.stream().map(p -> Arguments.of(c, p)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("optOuts")
    void anOptOutInOwnWordsIsHonoured(String file, String said) {
        Call call = new Call(file);
        List<String> replies = call.says(said);
        if (!call.dialog.doNotCall() && replies.stream().anyMatch(r -> r.contains(call.settings.confirmOptOut()))) {
            call.says("yes");
        }
        assertThat(call.dialog.doNotCall()).as("%s: \"%s\" -> %s", file, said, call.dialog.statePath()).isTrue();
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("declines")
    void aDeclineIsNeverAYes(String file, String said) {
        Call call = new Call(file);
        call.says(said);
        TranscriptEntry heard = call.dialog.transcript().stream()
                .filter(t -> t.speaker() == TranscriptEntry.Speaker.CALLER).findFirst().orElseThrow();
        assertThat(heard.intent()).as("%s: \"%s\"", file, said).isNotEqualTo("yes");
    }

    /** A call of the campaign, answered, at its first question. */
    private static final class Call {
        final DialogSettings settings;
        final Dialog dialog;

        Call(String file) {
            LoadResult loaded = CampaignLoader.load(Path.of(file));
            assertThat(loaded.errors()).as(file).isEmpty();
            Campaign campaign = loaded.campaign();
            settings = CampaignDialogs.settingsFor(campaign);
            DialogContext context = new DialogContext(new CustomerView("c1", "Maria", "Lopez", "+12125550101",
                    ZoneId.of("America/New_York"), Map.of(), Set.of()), campaign.id(), campaign.name(),
                    campaign.data());
            dialog = new Dialog(campaign.dialog(), context, settings, Clock.systemUTC());
            perform(dialog.on(new Event.CallAnswered()), new ArrayList<>());
        }

        List<String> says(String text) {
            List<String> replies = new ArrayList<>();
            perform(dialog.on(Event.Speech.heard(text, 0.95)), replies);
            return replies;
        }

        /** Plays every prompt to its end, as the call layer would. */
        private void perform(List<Action> actions, List<String> replies) {
            for (Action a : List.copyOf(actions)) {
                if (a instanceof Action.Play p) {
                    replies.add(p.text());
                    perform(dialog.on(new Event.PlaybackFinished(p.playId())), replies);
                }
            }
        }
    }
}
