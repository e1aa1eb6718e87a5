package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per validation rule outside the dialog: an edit of the valid base campaign and the exact errors
 * it must produce, with line and column.
 */
class ValidationRulesTest {

    @Test
    void baseIsValid() {
        assertThat(Fixture.errors(Fixture.base())).isEmpty();
    }

    static Arguments row(String rule, String from, String to, String... expected) {
        return Arguments.of(rule, from, to, List.of(expected));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // keys
                row("unknown key with did-you-mean", "tenant: acme", "tenent: acme",
                        "t.yaml:1:1: tenant: required key is missing",
                        "t.yaml:4:1: tenent: unknown key, did you mean 'tenant'?"),
                row("unknown key without a close match", "  limit: 100", "  limit: 100\n  flavour: x",
                        "t.yaml:13:3: audience.flavour: unknown key; allowed: tags, where, limit"),
                row("nested unknown key", "    max_attempts: 3", "    max_atempts: 3",
                        "t.yaml:30:5: dial.retry.max_atempts: unknown key, did you mean 'max_attempts'?"),
                row("missing required nested key", "  trunk: \"PJSIP/{phone}@carrier\"\n", "",
                        "t.yaml:23:3: dial.trunk: required key is missing"),
                row("duplicate key", "name: Test campaign", "name: Test campaign\nname: Again",
                        "t.yaml:3:1: name: duplicate key"),
                row("secret in YAML", "  secret_env: CRM_SECRET", "  secret_env: CRM_SECRET\n  secret: hunter2",
                        "t.yaml:74:3: webhook.secret: not allowed: secrets never go in campaign files; "
                                + "put it in an environment variable and name it in secret_env"),
                // types
                row("mapping expected", "audience:\n  tags:\n    all: [a]\n  where:\n    - field: lifetime_value\n"
                                + "      op: \">\"\n      value: 10\n  limit: 100\n", "audience: everyone\n",
                        "t.yaml:5:11: audience: must be a mapping, was 'everyone'"),
                row("whole number expected", "max_concurrent: 5", "max_concurrent: lots",
                        "t.yaml:25:19: dial.max_concurrent: must be a whole number, was 'lots'"),
                row("scalar expected", "max_concurrent: 5", "max_concurrent: [5]",
                        "t.yaml:25:19: dial.max_concurrent: must be a whole number, was a list"),
                row("must be > 0", "max_concurrent: 5", "max_concurrent: -1",
                        "t.yaml:25:19: dial.max_concurrent: must be > 0, was -1"),
                row("decimal must be > 0", "calls_per_second: 1", "calls_per_second: 0",
                        "t.yaml:26:21: dial.calls_per_second: must be > 0, was 0"),
                row("boolean expected", "confirmed: {tags_add: [ok]}", "confirmed: {tags_add: [ok], crm: maybe}",
                        "t.yaml:69:36: outcomes.confirmed.crm: must be true or false, was 'maybe'"),
                row("empty value", "name: Test campaign", "name: \"\"",
                        "t.yaml:2:7: name: must not be empty"),
                // tags follow the customer store's one rule (an outcome writing a bad tag would lose the call's record)
                row("tag with markup in an outcome", "confirmed: {tags_add: [ok]}", "confirmed: {tags_add: [\"<b>\"]}",
                        "t.yaml:69:26: outcomes.confirmed.tags_add[0]: tag '<b>' may contain only letters, digits,"
                                + " '_', '.', ':' and '-'"),
                row("tag with a space in an audience", "    all: [a]", "    all: [a, spring sale]",
                        "t.yaml:7:14: audience.tags.all[1]: tag 'spring sale' may contain only letters, digits,"
                                + " '_', '.', ':' and '-'"),
                // enums and patterns
                row("bad enum lists allowed values", "answering_machine: hang_up", "answering_machine: voicemail",
                        "t.yaml:28:22: dial.answering_machine: must be one of hang_up, leave_message, treat_as_human, was 'voicemail'"),
                row("bad enum with did-you-mean", "kind: service_notice", "kind: service-notice",
                        "t.yaml:3:7: kind: must be one of marketing, service_notice, re_engagement, was 'service-notice' "
                                + "(did you mean 'service_notice'?)"),
                row("bad id", "id: test-campaign", "id: Test Campaign",
                        "t.yaml:1:5: id: must be lower case letters, digits and -, like winback-coupon, was 'Test Campaign'"),
                row("trunk without {phone}", "trunk: \"PJSIP/{phone}@carrier\"", "trunk: \"PJSIP/carrier\"",
                        "t.yaml:23:10: dial.trunk: must be an Asterisk dial string containing {phone}, like "
                                + "PJSIP/{phone}@carrier, was 'PJSIP/carrier'"),
                row("bad caller id", "caller_id: \"+441234567890\"", "caller_id: \"call us\"",
                        "t.yaml:24:14: dial.caller_id: must be a phone number like +14155550100, optionally "
                                + "\"Name\" <+14155550100>, was 'call us'"),
                row("bad language", "language: en-US", "language: English",
                        "t.yaml:35:13: voice.language: must be a language tag like en-US or zh-CN, was 'English'"),
                row("record_calls is yes or no", "language: en-US", "language: en-US\n  record_calls: sometimes",
                        "t.yaml:36:17: voice.record_calls: must be true or false, was 'sometimes'"),
                row("bad URL", "url: https://crm.example/hook", "url: crm.example/hook",
                        "t.yaml:72:8: webhook.url: must be an absolute http or https URL, was 'crm.example/hook'"),
                row("bad env var name", "secret_env: CRM_SECRET", "secret_env: crm-secret",
                        "t.yaml:73:15: webhook.secret_env: must be an environment variable name like "
                                + "CRM_WEBHOOK_SECRET, was 'crm-secret'"),
                // durations
                row("bad duration", "ring_timeout: 30s", "ring_timeout: 30 seconds",
                        "t.yaml:27:17: dial.ring_timeout: must be a duration like 30s, 5m, 2h, 90d or 1h30m, was '30 seconds'"),
                row("zero duration", "ring_timeout: 30s", "ring_timeout: 0s",
                        "t.yaml:27:17: dial.ring_timeout: must be longer than zero"),
                row("retry rule needs delay", "busy: {delay: 10m}", "busy: {max_attempts: 2}",
                        "t.yaml:32:11: dial.retry.busy.delay: required key is missing"),
                row("retry rule above overall max", "busy: {delay: 10m}", "busy: {delay: 10m, max_attempts: 5}",
                        "t.yaml:32:38: dial.retry.busy.max_attempts: must be <= retry.max_attempts (3), was 5"),
                // schedule
                row("bad time", "from: \"09:00\"", "from: \"25:00\"",
                        "t.yaml:19:11: schedule.window.from: must be a time HH:MM between 00:00 and 23:59, was '25:00'"),
                row("window from >= to", "to: \"18:00\"", "to: \"08:00\"",
                        "t.yaml:20:9: schedule.window.to: must be after from (09:00), was 08:00"),
                row("unknown timezone", "timezone: Europe/London", "timezone: Europe/Lodnon",
                        "t.yaml:17:13: schedule.timezone: unknown timezone 'Europe/Lodnon' (did you mean "
                                + "'Europe/London'?); use a region id like Asia/Shanghai"),
                row("bad date", "start: 2026-12-01", "start: 2026-13-01",
                        "t.yaml:14:10: schedule.start: must be a date YYYY-MM-DD, was '2026-13-01'"),
                row("end before start", "end: 2026-12-31", "end: 2026-11-30",
                        "t.yaml:15:8: schedule.end: must not be before start (2026-12-01), was 2026-11-30"),
                row("bad weekday", "weekdays: [mon-fri]", "weekdays: [mon, frid]",
                        "t.yaml:21:15: schedule.window.weekdays: must list days like mon, tue or a range mon-fri, "
                                + "was 'frid' (did you mean 'fri'?)"),
                row("bad blackout date", "  end: 2026-12-31", "  end: 2026-12-31\n  blackout: [2026-12-25, xmas]",
                        "t.yaml:16:26: schedule.blackout[1]: must be a date YYYY-MM-DD, was 'xmas'"),
                row("bad cron: field count", "cron: \"0 0/5 9-18 ? * MON-FRI\"", "cron: \"0/5 9-18 * *\"",
                        "t.yaml:16:9: schedule.cron: bad Quartz cron expression: Unexpected end of expression."),
                row("bad cron: range", "cron: \"0 0/5 9-18 ? * MON-FRI\"", "cron: \"0 0/5 9-25 ? * MON-FRI\"",
                        "t.yaml:16:9: schedule.cron: bad Quartz cron expression: Hour values must be between 0 and 23"),
                row("bad cron: ? rule", "cron: \"0 0/5 9-18 ? * MON-FRI\"", "cron: \"0 0/5 9-18 * * MON-FRI\"",
                        "t.yaml:16:9: schedule.cron: bad Quartz cron expression: Support for specifying both a "
                                + "day-of-week AND a day-of-month parameter is not implemented."),
                // audience and priority
                row("unknown operator", "op: \">\"", "op: \"~\"",
                        "t.yaml:10:11: audience.where[0].op: must be one of = != < > <= >= in exists before after, was '~'"),
                row("in needs a list", "op: \">\"\n      value: 10", "op: in\n      value: 10",
                        "t.yaml:11:14: audience.where[0].value: must be a non-empty list for in, was '10'"),
                row("exists takes no value", "op: \">\"", "op: exists",
                        "t.yaml:11:14: audience.where[0].value: exists takes no value"),
                row("before needs a duration or date", "op: \">\"\n      value: 10", "op: before\n      value: soon",
                        "t.yaml:11:14: audience.where[0].value: must be a duration before now like 90d, or a date "
                                + "YYYY-MM-DD, was 'soon'"),
                row("bad attribute field", "field: lifetime_value", "field: Lifetime Value",
                        "t.yaml:9:14: audience.where[0].field: must be a profile field or attribute key (lower case "
                                + "letters, digits, _), was 'Lifetime Value'"),
                row("limit > 0", "limit: 100", "limit: 0",
                        "t.yaml:12:10: audience.limit: must be > 0, was 0"),
                row("priority order", "tenant: acme", "tenant: acme\npriority:\n  - {field: lifetime_value, order: up}",
                        "t.yaml:6:36: priority[0].order: must be asc or desc, was 'up'"));
    }

    @org.junit.jupiter.api.Test
    void callsAreRecordedOnlyWhenTheCampaignSaysSo() {
        assertThat(Fixture.load(Fixture.with("language: en-US", "language: en-US")).campaign().voice().recordCalls())
                .isFalse();
        assertThat(Fixture.load(Fixture.with("language: en-US", "language: en-US\n  record_calls: true")).campaign()
                .voice().recordCalls()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRule(String rule, String from, String to, List<String> expected) {
        assertThat(Fixture.errors(Fixture.with(from, to))).containsExactlyElementsOf(expected);
    }
}
