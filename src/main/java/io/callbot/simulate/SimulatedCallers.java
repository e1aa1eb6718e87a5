package io.callbot.simulate;

import io.callbot.config.DaemonThreads;
import io.callbot.sim.AnsweredCallHandler;
import io.callbot.sim.Behaviour;
import io.callbot.sim.CallControl;
import io.callbot.sim.Persona;
import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerOutcome;
import io.callbot.sim.audio.CallerScript;
import io.callbot.tts.PromptCache;
import io.callbot.tts.TtsVoice;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated PBX's answered calls: each persona's lines become real speech (synthesized with a voice of
 * its own) sent over a real AudioSocket connection to the robot, exactly as Asterisk would. Thread-safe.
 */
public final class SimulatedCallers implements AnsweredCallHandler, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SimulatedCallers.class);

    private final AudioSocketCaller caller = new AudioSocketCaller(2, false);
    private final ExecutorService scripts = Executors.newFixedThreadPool(2,
            DaemonThreads.named("sim-caller-script"));
    private final PromptCache speech;

    public SimulatedCallers(PromptCache speech) {
        this.speech = speech;
    }

    @Override
    public void answered(String uuid, String mediaAddress, Persona persona, CallControl control) {
        scripts.execute(() -> {
            try {
                CallerScript script = script(persona);
                var call = caller.call(address(mediaAddress), UUID.fromString(uuid), script);
                call.ended().thenAccept(end -> control.end(end.outcome() == CallerOutcome.CALLER_HUNG_UP
                        || end.outcome() == CallerOutcome.SCRIPT_TIMEOUT
                        ? CallControl.EndedBy.CUSTOMER : CallControl.EndedBy.ROBOT));
                control.onLeaveAudio(call::leaveAudio);
            } catch (RuntimeException e) {
                log.warn("simulated caller {} could not start: {}", uuid, e.toString());
                control.end(CallControl.EndedBy.CUSTOMER);
            }
        });
    }

    private CallerScript script(Persona persona) {
        CallerScript.Builder b = CallerScript.builder();
        if (persona.behaviour() == Behaviour.MACHINE) {
            // a machine greeting, then it records whatever it hears until the robot hangs up
            return b.say(say("Hi, you have reached the voicemail of Sam. Please leave a message after the tone."))
                    .waitForRobotHangup(Duration.ofSeconds(90)).hangUp().build();
        }
        @SuppressWarnings("unchecked")
        List<String> lines = persona.script() instanceof List<?> l ? (List<String>) l : List.of();
        for (String line : lines) {
            if (line.equals("!")) {
                return b.waitForRobotToSpeak().hangUp().build();
            }
            if (line.startsWith("~")) {
                b.waitForRobotToSpeak().silence(Duration.ofMillis(1200)).talkOverRobot(say(line.substring(1)));
            } else {
                b.waitForRobotToSpeak().waitForRobotSilence(Duration.ofMillis(700));
                if (line.isEmpty()) {
                    b.silence(Duration.ofSeconds(8));
                } else {
                    b.say(say(line));
                }
            }
        }
        return b.silence(Duration.ofMillis(300)).waitForRobotHangup(Duration.ofSeconds(60)).hangUp().build();
    }

    private short[] say(String text) {
        return speech.render(text, TtsVoice.DEFAULT).samples();
    }

    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    @Override
    public void close() {
        scripts.shutdownNow();
        caller.close();
    }
}
