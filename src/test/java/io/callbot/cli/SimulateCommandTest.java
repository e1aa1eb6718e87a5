package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.customer.TimezoneSource;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code callbot simulate} in text mode: each example campaign driven to each outcome it defines, in-process. */
class SimulateCommandTest {
    private static final String WINBACK = "campaigns/winback-coupon.yaml";
    private static final String DELIVERY = "campaigns/delivery-notice.yaml";
    private static final String XIAOMI = "campaigns/xiaomi-fans-offer.yaml";
    private static final String XIAOMI_13 = "{\"first_name\": \"Wei\", \"tags\": [\"device:xiaomi-13\"]}";
    private static final String GOLD = "{\"first_name\": \"Li\", \"attributes\": {\"loyalty_tier\": \"gold\"}}";
    private static final String ORDER = "{\"first_name\": \"Ann\", \"timezone\": \"Europe/London\", \"attributes\":"
            + " {\"order_number\": \"4711\", \"delivery_date\": \"2026-12-03\", \"delivery_slot_start\": \"09:00\","
            + " \"delivery_slot_end\": \"12:00\"}}";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        String line(String prefix) {
            return out.lines().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).map(l -> l.substring(prefix.length()))
                    .orElse("(missing " + prefix + ")");
        }
    }

    private Run simulate(String campaign, String profileJson, List<String> answers, String... more) throws IOException {
        Path script = dir.resolve("answers.txt");
        Files.writeString(script, String.join("\n", answers) + "\n");
        List<String> args = new ArrayList<>(List.of("simulate", campaign, "--script", script.toString()));
        if (profileJson != null) {
            Path profile = dir.resolve("profile.json");
            Files.writeString(profile, profileJson);
            args.addAll(List.of("--profile", profile.toString()));
        }
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                // winback-coupon
                Arguments.of(WINBACK, null, List.of("yes", "no"), "coupon_accepted", "send_coupon > thanks_goodbye"),
                Arguments.of(WINBACK, null, List.of("1", "repeat"), "coupon_accepted", "repeat_code > thanks_goodbye"),
                Arguments.of(WINBACK, null, List.of("no", "no"), "declined", "ask_reason > polite_goodbye"),
                Arguments.of(WINBACK, null, List.of("no", "yes"), "transferred", "ask_reason > transfer_to_agent"),
                Arguments.of(WINBACK, null, List.of("call me tomorrow"), "callback_requested", "greeting > callback_later"),
                Arguments.of(WINBACK, null, List.of("0"), "transferred", "greeting > transfer_to_agent"),
                Arguments.of(WINBACK, null, List.of("yes", "remove me"), "opted_out", "send_coupon > opted_out"),
                Arguments.of(WINBACK, null, List.of("", ""), "no_response", "greeting > goodbye_no_response"),
                Arguments.of(WINBACK, null, List.of("purple", "banana", "elephant"), "transferred",
                        "greeting > transfer_to_agent"),
                // delivery-notice
                Arguments.of(DELIVERY, ORDER, List.of("yes"), "delivery_confirmed", "announce > confirmed"),
                Arguments.of(DELIVERY, ORDER, List.of("reschedule", "day after tomorrow"), "rescheduled_day_after",
                        "pick_day > rescheduled_day_after"),
                Arguments.of(DELIVERY, ORDER, List.of("2", "2"), "rescheduled_monday", "pick_day > rescheduled_monday"),
                Arguments.of(DELIVERY, ORDER, List.of("no", "talk to a person"), "transferred",
                        "pick_day > transfer_to_agent"),
                Arguments.of(DELIVERY, ORDER, List.of("reschedule", "/hangup"), "reschedule_requested",
                        "announce > pick_day"),
                Arguments.of(DELIVERY, ORDER, List.of("stop calling"), "opted_out", "announce > opted_out"),
                Arguments.of(DELIVERY, ORDER, List.of("", "", ""), "no_response", "announce > no_response"),
                // xiaomi-fans-offer
                Arguments.of(XIAOMI, null, List.of("yes"), "interested", "greeting > reserve"),
                Arguments.of(XIAOMI, null, List.of("no thanks"), "declined", "greeting > declined"),
                Arguments.of(XIAOMI, null, List.of("representative"), "transferred", "greeting > transfer_to_sales"),
                Arguments.of(XIAOMI, XIAOMI_13, List.of("no"), "declined", "trade_in_offer > declined"),
                Arguments.of(XIAOMI, GOLD, List.of("sure"), "interested", "vip_offer > reserve"),
                Arguments.of(XIAOMI, null, List.of("not a good time"), "callback_requested", "greeting > callback_later"),
                Arguments.of(XIAOMI, null, List.of("unsubscribe"), "opted_out", "greeting > opted_out"),
                Arguments.of(XIAOMI, null, List.of("", ""), "no_response", "greeting > goodbye_no_response"),
                Arguments.of(XIAOMI, null, List.of("purple", "banana"), "unclear", "greeting > goodbye_no_match"));
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @MethodSource("outcomes")
    void scriptedAnswersReachTheOutcome(String campaign, String profile, List<String> answers, String outcome,
            String pathEnd) throws IOException {
        Run run = simulate(campaign, profile, answers);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.line("outcome: ")).as(run.out()).isEqualTo(outcome);
        assertThat(run.line("state path: ")).as(run.out()).endsWith(pathEnd);
        assertThat(run.out()).contains("profile changes (not applied");
    }

    @Test
    void printsTheProfileChangesItWouldMake() throws IOException {
        Run run = simulate(WINBACK, null, List.of("stop calling"));
        assertThat(run.line("  tags added: ")).isEqualTo("consent:marketing_opt_out");
        assertThat(run.line("  do-not-call: ")).isEqualTo("yes");
        assertThat(run.out()).contains("robot: Hi Maria,").contains("you> stop calling");

        Run callback = simulate(XIAOMI, null, List.of("call back later"));
        assertThat(callback.line("  callback: ")).contains("(default delay)");

        Run accepted = simulate(WINBACK, null, List.of("yes", "no"));
        assertThat(accepted.line("  fields set: ")).isEqualTo("{last_coupon=COMEBACK20}");
    }

    @Test
    void theRecordedDisclosureCannotBeSkippedAndTheTemplatesUseTheProfile() throws IOException {
        Run run = simulate(DELIVERY, ORDER, List.of("yes"));
        assertThat(run.line("state path: ")).isEqualTo("disclosure > announce > confirmed");
        assertThat(run.out()).contains("robot: Hi Ann.").contains("four seven one one");
    }

    @Test
    void hangingUpOrRunningOutOfAnswersStillEndsWithAnOutcome() throws IOException {
        Run hangup = simulate(WINBACK, null, List.of("/hangup"));
        assertThat(hangup.exit()).isZero();
        assertThat(hangup.line("ended: ")).isEqualTo("CALLER_HUNG_UP");
        assertThat(hangup.line("outcome: ")).isNotEqualTo("(none)");

        Run eof = simulate(WINBACK, null, List.of("yes"));
        assertThat(eof.out()).contains("(end of input: the caller hangs up)");
        assertThat(eof.line("outcome: ")).isEqualTo("coupon_accepted");
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeOne() throws IOException {
        Run missing = simulate("campaigns/no-such.yaml", null, List.of("yes"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("campaigns/no-such.yaml: no such campaign file");

        Run badProfile = simulate(WINBACK, "{\"tags\": \"vip\"}", List.of("yes"));
        assertThat(badProfile.exit()).isEqualTo(1);
        assertThat(badProfile.err()).contains("profile.json: tags: must be an array");

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(WINBACK)).replace("no: ask_reason", "no: nowhere"));
        Run invalid = simulate(broken.toString(), null, List.of("yes"));
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err()).contains("broken.yaml:").contains("nowhere");
    }

    @Test
    void aStoredCustomerIsReadButNeverWritten() throws IOException {
        try (TestDatabase db = TestDatabases.h2()) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), Clock.systemUTC());
            store.upsert("acme-shop", new CustomerRecord("crm-7", "+12125550107", "Rosa", "Diaz", "en-US",
                    "America/New_York", TimezoneSource.EXPLICIT, true, List.of(Tag.parse("segment:vip")), Map.of()));
            CustomerProfile before = store.getByExternalId("acme-shop", "crm-7").orElseThrow();

            Run run = simulate(WINBACK, null, List.of("stop calling"), "--customer", "crm-7", "--tenant", "acme-shop",
                    "--db-url", db.database().settings().url());

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("robot: Hi Rosa,");
            assertThat(run.line("  do-not-call: ")).isEqualTo("yes");
            CustomerProfile after = store.getByExternalId("acme-shop", "crm-7").orElseThrow();
            assertThat(after).isEqualTo(before);
            assertThat(after.doNotCall()).isFalse();
            assertThat(after.lastOutcome()).isNull();

            Run unknown = simulate(WINBACK, null, List.of("yes"), "--customer", "nobody", "--tenant", "acme-shop",
                    "--db-url", db.database().settings().url());
            assertThat(unknown.exit()).isEqualTo(1);
            assertThat(unknown.err()).contains("no customer 'nobody' in tenant 'acme-shop'");
        }
    }
}
