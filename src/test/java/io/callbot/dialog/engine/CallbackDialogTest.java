package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Call me later" through the whole dialog: the callback is scheduled at once and the robot confirms it. */
@Tag("unit")
class CallbackDialogTest {

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        America/New_York | I'm busy, call me tomorrow at five | 2026-11-29T17:00-05:00[America/New_York] | true  | Sure, I will call you back Sunday, November 29 at 5 PM.
        Asia/Tokyo       | call me tomorrow at five           | 2026-11-30T17:00+09:00[Asia/Tokyo]       | true  | Sure, I will call you back Monday, November 30 at 5 PM.
        Europe/Berlin    | not a good time                    | 2026-11-29T20:00+01:00[Europe/Berlin]    | false | Sure, I will call you back Sunday, November 29 at 8 PM.
        America/New_York | call me back in two hours          | 2026-11-28T16:00-05:00[America/New_York] | true  | Sure, I will call you back Saturday, November 28 at 4 PM.
        """)
    void schedulesAndConfirms(String zone, String said, ZonedDateTime at, boolean named, String confirmation) {
        CustomerView customer = new CustomerView("c-9", "Kim", null, null, ZoneId.of(zone), Map.of(), Set.of());
        Dialog dialog = new Dialog(Fixtures.salesDialog(), Fixtures.context(customer), DialogSettings.defaults(),
                Fixtures.clock());
        CallScript script = new CallScript(dialog);
        script.run("answer / done");
        List<Action> reaction = script.step("say:" + said);

        Action.ScheduleCallback callback = new Action.ScheduleCallback(at, named);
        assertThat(reaction).contains(callback);
        assertThat(reaction.indexOf(callback)).isLessThan(reaction.indexOf(DialogTransitionsTest.play(reaction)));
        assertThat(DialogTransitionsTest.play(reaction).text()).isEqualTo(confirmation);
        assertThat(script.step("done")).containsExactly(new Action.Hangup(),
                new Action.EndCall(Action.EndReason.CALLBACK));
        assertThat(dialog.callback()).contains(callback);
        assertThat(dialog.outcome()).contains("callback_requested");
    }
}
