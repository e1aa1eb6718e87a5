package io.callbot.call;

import io.callbot.campaign.Campaign;
import io.callbot.asr.SpeechRecognizer;
import io.callbot.asr.TurnSettings;
import io.callbot.dial.Dialer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.TtsVoice;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The shared services every call session uses. Immutable holder; the services themselves are thread-safe.
 *
 * @param recognizer    opens one recognition session per call
 * @param prompts       rendered (and cached) speech
 * @param recordings    recorded prompts of a campaign (from its prompts directory)
 * @param voice         the TTS voice of a campaign (in service, {@link #campaignVoice})
 * @param dialer        for transfers and hang-ups on the PBX side
 * @param turn          default end-of-turn, no-input and barge-in timings
 * @param callPool      the pool each call's serial executor runs on
 * @param clock         time source for timings
 * @param transferContext dialplan context a transfer enters when the target names none
 * @param observer      told each response gap (metrics)
 */
public record CallServices(SpeechRecognizer recognizer, PromptCache prompts,
        Function<Campaign, RecordedPrompts> recordings, Function<Campaign, TtsVoice> voice, Dialer dialer,
        TurnSettings turn, Executor callPool, Clock clock, String transferContext, CallObserver observer) {

    public CallServices {
        java.util.Objects.requireNonNull(observer, "observer");
    }

    /** Services whose calls are not observed. */
    public CallServices(SpeechRecognizer recognizer, PromptCache prompts,
            Function<Campaign, RecordedPrompts> recordings, Function<Campaign, TtsVoice> voice, Dialer dialer,
            TurnSettings turn, Executor callPool, Clock clock, String transferContext) {
        this(recognizer, prompts, recordings, voice, dialer, turn, callPool, clock, transferContext, CallObserver.NONE);
    }

    /** The voice a campaign file names: {@code voice.tts_voice} speaking {@code voice.language}. */
    public static TtsVoice campaignVoice(Campaign campaign) {
        return new TtsVoice(campaign.voice().ttsVoice(), java.util.Locale.forLanguageTag(campaign.voice().language()));
    }
}
