package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per dialog, template and cross-section rule: edits of the base campaign and the exact errors. */
@Tag("unit")
class DialogRulesTest {

    private static final String ASK_ON = "on: {yes: done, no: bye}";
    private static final String ASK_SAY = "say: \"Hi {customer.first_name|default:there}, code {data.code}. Yes or no?\"";
    private static final String BYE = "    bye:\n      say: \"Bye.\"\n      action: hangup";

    static Arguments row(String rule, List<String> edits, String... expected) {
        return Arguments.of(rule, edits, List.of(expected));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // graph
                row("target points nowhere", List.of(ASK_ON, "on: {yes: dnoe, no: bye}"),
                        "t.yaml:52:17: dialog.states.ask.on.yes: no state named 'dnoe' (did you mean 'done'?)"),
                row("start points nowhere", List.of("  start: ask", "  start: aks"),
                        "t.yaml:40:10: dialog.start: no state named 'aks' (did you mean 'ask'?)"),
                row("unreachable state", List.of("outcomes:\n", "    orphan:\n      say: \"Lost.\"\n      action: hangup\noutcomes:\n"),
                        "t.yaml:68:5: dialog.states.orphan: unreachable from the start state 'ask'"),
                row("state with no way out", List.of(BYE, "    bye:\n      say: \"Bye.\""),
                        "t.yaml:57:5: dialog.states.bye: state has no way out: give it on, next, action or a branch without when"),
                row("silent caller loops forever", List.of("say: \"Hello?\", goto: bye}", "say: \"Hello?\", goto: ask}"),
                        "t.yaml:50:5: dialog.states.ask: a caller who stays silent loops forever: ask -> ask; "
                                + "let no_input.goto leave the loop"),
                row("silent loop through next", List.of(BYE, "    bye:\n      say: \"Bye.\"\n      next: agent2\n"
                                + "    agent2:\n      say: \"x\"\n      next: bye"),
                        "t.yaml:57:5: dialog.states.bye: a caller who stays silent loops forever: bye -> agent2 -> bye; "
                                + "let no_input.goto leave the loop"),
                // intents
                row("intent without library, phrases or keys", List.of("no: {phrases: [\"no\"], dtmf: [\"2\"]}",
                                "no: {library: none}"),
                        "t.yaml:43:9: dialog.intents.no: an intent needs a library intent, phrases or dtmf keys"),
                row("unknown library intent", List.of("no: {phrases: [\"no\"], dtmf: [\"2\"]}",
                                "no: {library: nope, dtmf: [\"2\"]}"),
                        "t.yaml:43:19: dialog.intents.no.library: no library intent 'nope' (did you mean 'no'?) "
                                + "(library intents: yes, no, opt_out, agent, callback, wrong_person, are_you_a_robot, "
                                + "repeat, not_now, who_is_calling, or none)"),
                row("broken phrase pattern", List.of("no: {phrases: [\"no\"], dtmf: [\"2\"]}",
                                "no: {phrases: [\"(no|nah\"], dtmf: [\"2\"]}"),
                        "t.yaml:43:19: dialog.intents.no.phrases: phrase pattern \"(no|nah\", column 1: '(' is never closed"),
                row("bad DTMF key", List.of("dtmf: [\"1\"]", "dtmf: [\"12\"]"),
                        "t.yaml:42:35: dialog.intents.yes.dtmf: DTMF keys are single characters 0-9, * or #, was '12'"),
                row("unknown intent in on", List.of(ASK_ON, "on: {yse: done, no: bye}"),
                        "t.yaml:52:12: dialog.states.ask.on.yse: unknown intent 'yse' (did you mean 'yes'?); "
                                + "define it in dialog.intents or in this state's intents",
                        "t.yaml:53:5: dialog.states.done: unreachable from the start state 'ask'"),
                row("local intent without transition", List.of(ASK_ON, ASK_ON + "\n      intents: {maybe: {phrases: [maybe]}}"),
                        "t.yaml:53:17: dialog.states.ask.intents.maybe: intent is defined but has no transition in on"),
                row("ambiguous intents", List.of("dtmf: [\"2\"]", "dtmf: [\"1\"]"),
                        "t.yaml:52:11: dialog.states.ask.on: intents 'yes' and 'no' both match 'dtmf 1'"),
                // state shape
                row("action with on", List.of("      action: hangup\n    agent:", "      action: hangup\n      on: {yes: done}\n    agent:"),
                        "t.yaml:59:15: dialog.states.bye.action: a state with an action ends there: remove on / next"),
                row("on with next", List.of(ASK_ON, ASK_ON + "\n      next: bye"),
                        "t.yaml:53:13: dialog.states.ask.next: a state either listens (on) or moves on (next), not both"),
                row("listening state says nothing", List.of("      " + ASK_SAY + "\n", ""),
                        "t.yaml:51:11: dialog.states.ask.on: a listening state must say or play something"),
                row("transfer needs transfer_to", List.of("\n      transfer_to: \"PJSIP/agents\"", ""),
                        "t.yaml:62:15: dialog.states.agent.transfer_to: required when action is transfer"),
                row("transfer_to the dialplan cannot resolve", List.of("\"PJSIP/agents\"", "support-queue"),
                        "t.yaml:63:20: dialog.states.agent.transfer_to: 'support-queue' is not resolved by "
                                + "[callbot-transfer] of dialplans/extensions_callbot.conf: the robot would send the "
                                + "caller to extension 'support-queue' there, which no extension or pattern matches, and "
                                + "Asterisk would hang up; it resolves agents, _pjsip-., _XXXX (add an extension for "
                                + "this target to the dialplan, or use one of those)"),
                row("transfer_to that is no target", List.of("\"PJSIP/agents\"", "\"callbot-transfer,agents\""),
                        "t.yaml:63:20: dialog.states.agent.transfer_to: must be a queue name or extension of "
                                + "[callbot-transfer] like agents or 2001, or PJSIP/<endpoint> like PJSIP/alice, was "
                                + "'callbot-transfer,agents'"),
                row("transfer_to without transfer", List.of(BYE, BYE + "\n      transfer_to: x"),
                        "t.yaml:60:20: dialog.states.bye.transfer_to: only allowed with action: transfer"),
                row("callback_after without callback", List.of(BYE, BYE + "\n      callback_after: 1d"),
                        "t.yaml:60:23: dialog.states.bye.callback_after: only allowed with action: callback"),
                row("unknown global in globals", List.of(ASK_ON, ASK_ON + "\n      globals: [opt_out, agnet]"),
                        "t.yaml:53:16: dialog.states.ask.globals: no global intent named 'agnet' (did you mean 'agent'?)",
                        "t.yaml:61:5: dialog.states.agent: unreachable from the start state 'ask'"),
                row("global with goto and say", List.of("goto: agent}", "goto: agent, say: \"hi\"}"),
                        "t.yaml:46:12: dialog.global.agent: give either goto (a state) or say/prompt (a reply, then "
                                + "the current state resumes)"),
                row("no_input without a target", List.of("say: \"Hello?\", goto: bye}", "say: \"Hello?\"}"),
                        "t.yaml:50:5: dialog.states.ask.no_input.goto: required for a state with on: set it here or in dialog.no_input"),
                row("bad recovery value", List.of("max_reprompts: 1, say: \"Sorry?\"", "max_reprompts: -1, say: \"Sorry?\""),
                        "t.yaml:48:29: dialog.no_match.max_reprompts: must be >= 0, was -1"),
                row("no_match has no timeout", List.of("no_match: {max_reprompts", "no_match: {timeout: 3s, max_reprompts"),
                        "t.yaml:48:14: dialog.no_match.timeout: unknown key; allowed: say, prompt, max_reprompts, goto"),
                // branches
                row("branch with two conditions", List.of(ASK_ON, ASK_ON + "\n      branches:\n        - when: {tag: vip, not_tag: x}\n          goto: done"),
                        "t.yaml:54:17: dialog.states.ask.branches[0].when: give exactly one of tag, not_tag or field"),
                row("branch field outside the namespaces", List.of(ASK_ON, ASK_ON
                                + "\n      branches:\n        - when: {field: tier, op: \"=\", value: gold}\n          goto: done"),
                        "t.yaml:54:25: dialog.states.ask.branches[0].when.field: unknown field 'tier'; fields start with "
                                + "customer., data. or campaign."),
                row("branch after an unconditional one", List.of(ASK_ON, ASK_ON
                                + "\n      branches:\n        - goto: done\n        - when: {tag: vip}\n          goto: bye"),
                        "t.yaml:55:11: dialog.states.ask.branches[1]: unreachable: an earlier branch has no when"),
                // templates
                row("unknown customer field", List.of("customer.first_name|default", "customer.firstname|default"),
                        "t.yaml:51:16: dialog.states.ask.say: unknown field 'customer.firstname' (did you mean "
                                + "'customer.first_name'?); customer fields are first_name, last_name, name, phone, "
                                + "language, timezone, external_id and attributes.<key>"),
                row("data key not defined", List.of("{data.code}", "{data.coupon}"),
                        "t.yaml:51:58: dialog.states.ask.say: 'data.coupon' is not defined in data; data has code"),
                row("unknown campaign field", List.of("{data.code}", "{campaign.nmae}"),
                        "t.yaml:51:58: dialog.states.ask.say: unknown field 'campaign.nmae' (did you mean 'campaign.name'?); "
                                + "campaign fields are id, name, tenant, kind"),
                row("unknown namespace", List.of("{data.code}", "{order.delivery_date|date}"),
                        "t.yaml:51:58: dialog.states.ask.say: unknown field 'order.delivery_date'; fields start with "
                                + "customer., data. or campaign."),
                row("unknown filter", List.of("|default:there", "|defualt:there"),
                        "t.yaml:51:16: dialog.states.ask.say: unknown filter 'defualt' on {customer.first_name} (did you "
                                + "mean 'default'?); filters are date, time, digits, number, default"),
                row("default without a value", List.of("|default:there", "|default"),
                        "t.yaml:51:16: dialog.states.ask.say: filter 'default' needs a value, like "
                                + "{customer.first_name|default:there}"),
                row("filter that takes no value", List.of("{data.code}", "{data.code|digits:3}"),
                        "t.yaml:51:58: dialog.states.ask.say: filter 'digits' takes no value"),
                row("field inside a folded multi-line text", List.of("say: \"Bye.\"", "say: >-\n        Bye for now,\n        {customer.nick}."),
                        "t.yaml:60:9: dialog.states.bye.say: unknown field 'customer.nick'; customer fields are first_name, "
                                + "last_name, name, phone, language, timezone, external_id and attributes.<key>"),
                row("template syntax error", List.of("say: \"Bye.\"", "say: \"Bye {customer.first_name.\""),
                        "t.yaml:58:17: dialog.states.bye.say: bad template: unclosed '{' at character 5"),
                // cross-section
                row("outcome not defined", List.of("outcome: confirmed", "outcome: confirm"),
                        "t.yaml:54:16: dialog.states.done.outcome: no outcome named 'confirm' in outcomes (did you mean 'confirmed'?)"),
                row("prompt without prompts_dir", List.of("say: \"Bye.\"", "say: \"Bye.\"\n      prompt: bye.wav"),
                        "t.yaml:59:15: dialog.states.bye.prompt: recorded prompts need voice.prompts_dir"),
                row("prompt escaping the prompts dir", List.of("say: \"Bye.\"", "say: \"Bye.\"\n      prompt: ../bye.wav"),
                        "t.yaml:59:15: dialog.states.bye.prompt: must be a .wav file name inside voice.prompts_dir "
                                + "(no '..'), was '../bye.wav'"),
                row("leave_message needs a voicemail text", List.of("answering_machine: hang_up", "answering_machine: leave_message"),
                        "t.yaml:40:3: dialog.voicemail: required when dial.answering_machine is leave_message"),
                row("marketing needs opt_out", List.of("kind: service_notice", "kind: marketing", "    opt_out: {", "    stop: {"),
                        "t.yaml:40:3: dialog.global.opt_out: marketing and re_engagement campaigns must let the "
                                + "customer opt out: define this global intent"),
                row("opt_out must mark do-not-call", List.of("kind: service_notice", "kind: re_engagement",
                                "{do_not_call: true}", "{do_not_call: false}"),
                        "t.yaml:45:5: dialog.global.opt_out.goto: state 'opted_out' must set an outcome with do_not_call: true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRule(String rule, List<String> edits, List<String> expected) {
        assertThat(Fixture.errors(Fixture.edited(edits))).containsExactlyElementsOf(expected);
    }
}
