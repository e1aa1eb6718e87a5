package io.callbot.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** extensions.conf read as pbx_config.c reads it, and channels sent into it found as Asterisk finds them. */
@Tag("unit")
class DialplanTest {

    private static Dialplan load(String text) {
        return Dialplan.of(AsteriskConfig.parse(new AsteriskConfig.Source("x.conf", text),
                AsteriskConfig.IncludeSource.NONE));
    }

    @Test
    void prioritiesNextSameLabelsAndOffsets() {
        Dialplan d = load("""
                [c]
                exten => s,1,NoOp(start)
                 same => n(two),Set(A=1)
                 same => n,GotoIf($[1 = 1]?two:end)
                exten => s,two+2,NoOp(four)
                 same => n(end),Hangup(16)
                exten => b,n,NoOp(continues the context's count)
                exten => 100,hint,PJSIP/100
                """);
        assertThat(d.problems()).isEmpty();
        DialplanExtension s = d.context("c").orElseThrow().extensions().stream()
                .filter(e -> e.name().equals("s")).findFirst().orElseThrow();
        assertThat(s.priorities().keySet()).containsExactly(1, 2, 3, 4, 5);
        assertThat(s.step(2).orElseThrow().label()).isEqualTo("two");
        assertThat(s.step(4).orElseThrow().data()).isEqualTo("four");
        assertThat(s.label("end").orElseThrow().priority()).isEqualTo(5);
        assertThat(s.step(5).orElseThrow()).hasToString("Hangup(16)");
        assertThat(d.find("c", "100", DialplanStep.HINT).orElseThrow().step().application()).isEqualTo("PJSIP/100");
        assertThat(d.find("c", "b", 1)).as("'n' continues from the last priority of the section").isEmpty();
        assertThat(d.find("c", "b", 6)).isPresent();
        assertThat(d.unresolvedJumps()).isEmpty();
    }

    @Test
    void findsTheFirstMatchInAsteriskOrderThenIncludes() {
        Dialplan d = load("""
                [main]
                include => more
                exten => _X,1,NoOp(one digit)
                exten => _2XXX,1,NoOp(twos)
                exten => 2001,1,NoOp(exact)
                exten => _5XXX,2,NoOp(no priority 1)
                exten => 9/4930,1,NoOp(only for one caller)
                [more]
                exten => _5XXX,1,NoOp(from include)
                exten => 9,1,NoOp(included nine)
                """);
        assertThat(d.find("main", "2001", 1).orElseThrow().step().data()).isEqualTo("exact");
        assertThat(d.find("main", "2002", 1).orElseThrow().step().data()).isEqualTo("twos");
        assertThat(d.find("main", "3", 1).orElseThrow().step().data()).isEqualTo("one digit");
        assertThat(d.find("main", "5000", 1).orElseThrow().step().data()).isEqualTo("from include");
        assertThat(d.find("main", "5000", 1).orElseThrow().context().name()).isEqualTo("more");
        assertThat(d.find("main", "9", 1).orElseThrow().step().data())
                .as("the context's own 9 matches only one caller, and _X comes first").isEqualTo("one digit");
        assertThat(d.find("more", "9", 1).orElseThrow().step().data()).isEqualTo("included nine");
        assertThat(d.find("main", "PJSIP/support-queue", 1)).isEmpty();
        assertThat(d.find("nowhere", "s", 1)).isEmpty();
    }

    @Test
    void whatAsteriskSkipsWithAWarningIsAProblem() {
        Dialplan d = load("""
                [general]
                static = yes
                exten => 1,1,NoOp()
                [c]
                same => n,NoOp(no extension yet)
                exten => a,n,NoOp(no priority yet)
                exten => b,1,NoOp()
                exten => b,1,NoOp(again)
                exten => c,1(lbl,NoOp()
                exten => d,missing,NoOp()
                frobnicate => yes
                include => c2
                exten => e,1,Goto(nowhere)
                exten => f,1,Set(CHANNEL(hangup_handler_push)=gone,s,1)
                """);
        assertThat(d.problems()).extracting(Object::toString).containsExactly(
                "x.conf:3:1: cannot have 'exten' in the general section",
                "x.conf:5:1: No previous pattern in the first entry of context 'c' to match 'same'",
                "x.conf:6:1: Can't use 'n' priority on the first entry",
                "x.conf:8:1: Unable to register extension 'b' priority 1 in 'c', already in use",
                "x.conf:9:1: Label missing trailing ')'",
                "x.conf:10:1: Invalid priority/label 'missing'",
                "x.conf:11:1: Unknown directive: frobnicate");
        assertThat(d.missingIncludes()).extracting(ConfigProblem::message)
                .containsExactly("context 'c' includes 'c2', which is not defined");
        assertThat(d.unresolvedJumps()).extracting(Object::toString).containsExactly(
                "x.conf:13:1: Goto to 'nowhere', which is not in the dialplan",
                "x.conf:14:1: Set to 'gone,s,1', which is not in the dialplan");
    }
}
