package io.callbot.dialog.engine;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.Branch;
import io.callbot.dialog.Condition;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.Message;
import io.callbot.dialog.Recovery;
import io.callbot.dialog.StateSpec;
import io.callbot.dialog.TemplateParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sales dialog built straight from the model records, as the campaign loader would resolve it. */
public final class Fixtures {

    static final Set<String> ALL_GLOBALS = Set.of("opt_out", "agent", "robot", "callback");
    static final Intent YES = intent("yes", List.of("yes", "i want it", "sounds good"), List.of("1"));
    static final Intent NO = intent("no", List.of("no", "no thanks"), List.of("2"));
    static final Intent NOT_INTERESTED = intent("not_interested", List.of("not interested", "i'm not interested"),
            List.of());
    static final Recovery NO_INPUT = new Recovery(Duration.ofSeconds(4), msg("Are you still there?"), 2, "no_answer");
    static final Recovery NO_MATCH = new Recovery(null, msg("Sorry, please say yes or no."), 2, "goodbye");
    /** 2026-11-28 14:00 in New York. */
    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Fixtures() {
    }

    /** An intent as the campaign loader makes it: on the library intent of its name when there is one. */
    static Intent intent(String name, List<String> phrases, List<String> dtmf) {
        String library = name.equals("robot") ? "are_you_a_robot"
                : io.callbot.nlu.IntentLibrary.english().intent(name).isPresent() ? name : null;
        return new Intent(name, phrases, dtmf, library);
    }

    static Message msg(String text) {
        return new Message(TemplateParser.parse(text), null);
    }

    static StateSpec listening(String name, String say, boolean interruptible, Map<String, String> on,
            List<Intent> expect, Set<String> globals) {
        return new StateSpec(name, msg(say), interruptible, expect, on, List.of(), null, NO_INPUT, NO_MATCH, null,
                null, globals);
    }

    static StateSpec terminal(String name, String say, String outcome, ActionSpec action) {
        return new StateSpec(name, say == null ? Message.NONE : msg(say), true, List.of(), Map.of(), List.of(), null,
                null, null, outcome, action, Set.of());
    }

    static StateSpec passing(String name, String say, boolean interruptible, String next) {
        return new StateSpec(name, msg(say), interruptible, List.of(), Map.of(), List.of(), next, null, null, null,
                null, Set.of());
    }

    static StateSpec branching(String name, List<Branch> branches) {
        return new StateSpec(name, Message.NONE, true, List.of(), Map.of(), branches, null, null, null, null, null,
                Set.of());
    }

    static ActionSpec hangup() {
        return new ActionSpec(ActionSpec.Kind.HANGUP, null, null);
    }

    /**
     * disclosure (non-interruptible) -> route (branches) -> offer | offer_xiaomi | offer_gold -> confirm |
     * goodbye | quiz (keys only, globals off) ...; globals opt_out, agent, robot (reply), callback.
     */
    /**
     * The sales dialog asking the campaign's own confirmation questions ({@code {customer.first_name}, } and the text),
     * answered and at its first question.
     */
    static CallScript salesDialogAsking(String confirmOptOut, String confirmYes) {
        DialogSpec base = salesDialog();
        DialogSpec own = new DialogSpec(base.start(), base.states(), base.globals(), base.noInput(), base.noMatch(),
                base.voicemail(), ownQuestion(confirmOptOut), ownQuestion(confirmYes));
        CallScript script = new CallScript(new Dialog(own, context(customer(Set.of(), Map.of())),
                DialogSettings.defaults(), clock()));
        script.run("answer / done");
        return script;
    }

    private static Message ownQuestion(String text) {
        return text == null ? Message.NONE
                : new Message(TemplateParser.parse("{customer.first_name}, " + text), null);
    }

    public static DialogSpec salesDialog() {
        Map<String, StateSpec> states = new LinkedHashMap<>();
        Map<String, String> offerOn = Map.of("yes", "confirm", "no", "goodbye", "not_interested", "goodbye");
        List<Intent> offerIntents = List.of(YES, NO, NOT_INTERESTED);
        add(states, passing("disclosure", "Hi {customer.first_name|default:there}, this call is recorded.", false,
                "route"));
        add(states, branching("route", List.of(
                new Branch(new Condition.HasTag("brand:xiaomi"), "offer_xiaomi"),
                new Branch(new Condition.FieldTest("customer.attributes.tier", Condition.CompareOp.EQ,
                        List.of("gold")), "offer_gold"),
                new Branch(null, "offer"))));
        add(states, listening("offer", "Would you like our new phone?", true, offerOn, offerIntents, ALL_GLOBALS));
        add(states, listening("offer_xiaomi", "As a Xiaomi fan, would you like the new Xiaomi 15?", true, offerOn,
                offerIntents, ALL_GLOBALS));
        add(states, listening("offer_gold", "As a gold member you save {data.discount}. Interested?", false,
                offerOn, offerIntents, ALL_GLOBALS));
        add(states, listening("confirm", "Great. Press 1 to confirm by text, 2 for email.", true,
                Map.of("text", "thanks", "email", "thanks"),
                List.of(intent("text", List.of("text", "sms"), List.of("1")),
                        intent("email", List.of("email", "mail"), List.of("2"))), Set.of()));
        add(states, terminal("thanks", "Thank you, goodbye.", "interested", hangup()));
        add(states, terminal("goodbye", "Okay, thanks for your time. Goodbye.", "not_interested", hangup()));
        add(states, terminal("no_answer", "We will try again later. Goodbye.", "no_response", hangup()));
        add(states, terminal("agent", "Connecting you to a colleague.", "transferred_to_agent",
                new ActionSpec(ActionSpec.Kind.TRANSFER, "PJSIP/agents", null)));
        add(states, terminal("opt_out", "Understood, we will not call you again. Goodbye.", "opted_out", hangup()));
        add(states, terminal("callback",
                "Sure, I will call you back {call.callback_at|date} at {call.callback_at|time}.", "callback_requested",
                new ActionSpec(ActionSpec.Kind.CALLBACK, null, null)));
        Map<String, GlobalIntent> globals = globals();
        return new DialogSpec("disclosure", states, globals, NO_INPUT, NO_MATCH,
                msg("Hi {customer.first_name}, this is Acme about your new phone offer. Call us back any time."));
    }

    /** opt_out, agent and callback go to their states; robot answers in place. */
    static Map<String, GlobalIntent> globals() {
        Map<String, GlobalIntent> globals = new LinkedHashMap<>();
        globals.put("opt_out", new GlobalIntent(intent("opt_out",
                List.of("stop calling me", "remove me from your list", "do not call me", "don't call me again",
                        "unsubscribe"), List.of("9")), "opt_out", null));
        globals.put("agent", new GlobalIntent(intent("agent",
                List.of("talk to a person", "speak to a human", "real person", "agent"), List.of("0")), "agent", null));
        globals.put("robot", new GlobalIntent(intent("robot",
                List.of("are you a robot", "is this a machine", "am i talking to a computer"), List.of()), null,
                msg("Yes, I am an automated assistant calling for Acme.")));
        globals.put("callback", new GlobalIntent(intent("callback",
                List.of("call me later", "call me back", "call me tomorrow", "not a good time", "i'm busy"), List.of()),
                "callback", null));
        return globals;
    }

    private static void add(Map<String, StateSpec> states, StateSpec state) {
        states.put(state.name(), state);
    }

    public static CustomerView customer(Set<String> tags, Map<String, Object> attributes) {
        return new CustomerView("c-1", "Ada", "Lovelace", "+12125550100", NEW_YORK, attributes, tags);
    }

    public static DialogContext context(CustomerView customer) {
        return new DialogContext(customer, "spring-sale", "Spring sale", Map.of("discount", "20 percent",
                "delivery", LocalDate.of(2026, 12, 1).toString()));
    }

    public static Map<String, OutcomeEffect> outcomeEffects() {
        return Map.of(
                "interested", new OutcomeEffect(List.of("hot_lead"), List.of("cold"), Map.of("stage", "interested"), false),
                "not_interested", new OutcomeEffect(List.of("not_interested"), List.of(), Map.of(), false),
                "opted_out", new OutcomeEffect(List.of(), List.of(), Map.of(), true));
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("UTC"));
    }
}
