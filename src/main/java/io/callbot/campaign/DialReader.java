package io.callbot.campaign;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code dial} and its {@code retry} rules; used by one thread. */
final class DialReader {

    static final List<String> KEYS = List.of("trunk", "caller_id", "max_concurrent", "calls_per_second",
            "ring_timeout", "answering_machine", "retry");
    private static final List<String> RETRY_KEYS = List.of("max_attempts", "min_gap", "busy", "no_answer", "failed",
            "congestion", "voicemail", "transfer_failed");
    private static final List<String> RULE_KEYS = List.of("delay", "max_attempts");
    private static final Pattern TRUNK = Pattern.compile("[A-Za-z0-9]+/[^\\s]*\\{phone}[^\\s]*");
    private static final Pattern CALLER_ID = Pattern.compile("(\"[^\"]*\"\\s*)?<?\\+?[0-9]{3,15}>?");
    static final Duration DEFAULT_RING_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final Duration DEFAULT_MIN_GAP = Duration.ofHours(1);

    private final Problems problems;

    DialReader(Problems problems) {
        this.problems = problems;
    }

    DialSettings read(YamlMap dial) {
        dial.require("trunk", "caller_id", "max_concurrent", "calls_per_second");
        String trunk = dial.has("trunk") ? Scalars.matching(dial.get("trunk"), dial.child("trunk"), problems, TRUNK,
                "an Asterisk dial string containing {phone}, like PJSIP/{phone}@carrier") : null;
        String callerId = dial.has("caller_id") ? Scalars.matching(dial.get("caller_id"), dial.child("caller_id"),
                problems, CALLER_ID, "a phone number like +14155550100, optionally \"Name\" <+14155550100>") : null;
        Integer maxConcurrent = dial.integer("max_concurrent", 1, null);
        BigDecimal cps = dial.has("calls_per_second")
                ? Scalars.positiveDecimal(dial.get("calls_per_second"), dial.child("calls_per_second"), problems) : null;
        Duration ring = dial.has("ring_timeout")
                ? Scalars.positiveDuration(dial.get("ring_timeout"), dial.child("ring_timeout"), problems)
                : DEFAULT_RING_TIMEOUT;
        AnsweringMachinePolicy machine = dial.enumValue("answering_machine", AnsweringMachinePolicy.class,
                AnsweringMachinePolicy.HANG_UP);
        YamlMap retryMap = dial.section("retry", RETRY_KEYS);
        RetryPolicy retry = retryMap == null ? (dial.has("retry") ? null : RetryPolicy.NONE) : retry(retryMap);
        if (trunk == null || callerId == null || maxConcurrent == null || cps == null || ring == null
                || machine == null || retry == null) {
            return null;
        }
        return new DialSettings(trunk, callerId, maxConcurrent, cps.doubleValue(), ring, machine, retry);
    }

    private RetryPolicy retry(YamlMap retry) {
        Integer max = retry.integer("max_attempts", 1, DEFAULT_MAX_ATTEMPTS);
        Duration minGap = retry.duration("min_gap", DEFAULT_MIN_GAP);
        Map<RetryPolicy.RetryableResult, RetryPolicy.RetryRule> rules = new EnumMap<>(RetryPolicy.RetryableResult.class);
        boolean ok = max != null && minGap != null;
        for (RetryPolicy.RetryableResult result : RetryPolicy.RetryableResult.values()) {
            YamlMap rule = retry.section(result.yamlName(), RULE_KEYS);
            if (rule == null) {
                ok &= !retry.has(result.yamlName());
                continue;
            }
            rule.require("delay");
            Duration delay = rule.has("delay") ? Scalars.positiveDuration(rule.get("delay"), rule.child("delay"), problems) : null;
            Integer ruleMax = rule.integer("max_attempts", 1, max);
            if (ruleMax != null && max != null && ruleMax > max) {
                problems.at(rule.get("max_attempts"), rule.child("max_attempts"),
                        "must be <= retry.max_attempts (" + max + "), was " + ruleMax);
                ruleMax = null;
            }
            if (delay == null || ruleMax == null) {
                ok = false;
            } else {
                rules.put(result, new RetryPolicy.RetryRule(delay, ruleMax));
            }
        }
        return ok ? new RetryPolicy(max, minGap, rules) : null;
    }
}
