package io.callbot.dialog.engine;

import io.callbot.dialog.Branch;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Message;
import io.callbot.dialog.Recovery;
import io.callbot.dialog.StateSpec;
import io.callbot.nlu.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the robot may say next from where a conversation stands, rendered for this customer, so the call layer can
 * synthesize it while the caller is still talking: the messages of the states the listening state's intents and
 * active globals lead to (through branches and silent states), the globals' replies, the no-input / no-match
 * reprompts or the states they give up to, and "was that a yes?" where a yes is expected. Prompts whose template reads
 * {@code call.*} values are left out, since those values are only known once the turn happens. Pure; confined to the
 * owning dialog's thread.
 */
final class NextPrompts {

    /** Silent and branch-only states followed at most this deep. */
    private static final int MAX_HOPS = 4;

    private final DialogSpec spec;
    private final DialogSettings settings;
    private final TemplateRenderer renderer;
    private final ConditionEvaluator conditions;
    private final Set<Action.Prompt> out = new LinkedHashSet<>();

    NextPrompts(DialogSpec spec, DialogSettings settings, TemplateRenderer renderer, ConditionEvaluator conditions) {
        this.spec = spec;
        this.settings = settings;
        this.renderer = renderer;
        this.conditions = conditions;
    }

    /** Before the answer: the start state's message. */
    List<Action.Prompt> beforeAnswer() {
        entering(spec.start(), 0);
        return List.copyOf(out);
    }

    /**
     * In {@code state}: when it listens, every reply to what the caller may say or not say; otherwise the message of
     * the state it goes on to.
     */
    List<Action.Prompt> after(StateSpec state, int noInputs, int noMatches) {
        if (state.listens()) {
            state.on().values().forEach(target -> entering(target, 0));
            for (GlobalIntent global : ListenPlanner.activeGlobals(spec, state)) {
                if (!global.resumes()) {
                    entering(global.target(), 0);
                } else {
                    say(global.reply());
                    say(state.message());
                }
            }
            recovery(state, state.noInput() != null ? state.noInput() : spec.noInput(), noInputs);
            recovery(state, state.noMatch() != null ? state.noMatch() : spec.noMatch(), noMatches);
            out.add(new Action.Prompt(settings.notCaught(), null));
            if (state.expect().stream().anyMatch(i -> i.role() == Role.AFFIRM)) {
                out.addAll(YesConfirmation.question(spec, renderer, Optional.empty()));
                YesConfirmation.yesKey(state.expect())
                        .ifPresent(key -> out.addAll(YesConfirmation.question(spec, renderer, Optional.of(key))));
            }
        } else if (state.next() != null) {
            entering(state.next(), 0);
        }
        return List.copyOf(out);
    }

    private void recovery(StateSpec state, Recovery recovery, int usedSoFar) {
        if (recovery == null) {
            say(state.message()); // the engine's default recovery asks again
            return;
        }
        if (usedSoFar + 1 > recovery.maxReprompts()) {
            if (recovery.target() != null) {
                entering(recovery.target(), 0);
            }
        } else {
            say(recovery.reprompt().isEmpty() ? state.message() : recovery.reprompt());
        }
    }

    private void entering(String name, int hops) {
        if (hops > MAX_HOPS) {
            return;
        }
        StateSpec state = spec.state(name);
        Optional<String> branch = state.branches().stream()
                .filter(b -> b.unconditional() || conditions.holds(b.when())).map(Branch::target).findFirst();
        if (branch.isPresent()) {
            entering(branch.get(), hops + 1);
        } else if (!state.message().isEmpty()) {
            say(state.message());
        } else if (state.next() != null) {
            entering(state.next(), hops + 1);
        }
    }

    private void say(Message message) {
        if (message == null || message.isEmpty()) {
            return;
        }
        if (message.say() != null && message.say().fields().stream().anyMatch(f -> f.path().startsWith("call."))) {
            return;
        }
        out.addAll(renderer.prompts(message));
    }
}
