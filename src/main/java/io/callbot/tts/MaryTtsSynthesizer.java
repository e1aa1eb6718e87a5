package io.callbot.tts;

import io.callbot.audio.AudioDecoding;
import io.callbot.audio.MonoPcm;
import io.callbot.audio.Pcm8k;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.exceptions.MaryConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SpeechSynthesizer} on one process-wide MaryTTS ({@link LocalMaryInterface}); its 48 kHz output is low-pass
 * filtered and decimated to 8 kHz. Thread-safe by serializing: {@code LocalMaryInterface} keeps the voice, locale and
 * audio format of the next request in plain mutable fields ({@code setVoice} then {@code generateAudio}), so two
 * threads sharing it would race; synthesis therefore runs one request at a time under a lock, and callers that must
 * not wait use {@link PromptCache}, which renders ahead of need.
 */
public final class MaryTtsSynthesizer implements SpeechSynthesizer {

    private static final Logger log = LoggerFactory.getLogger(MaryTtsSynthesizer.class);
    private static final String LOG_CONFIG = "jar:/io/callbot/tts/marytts-log4j.properties";

    /** Fair, so a personalized render waits behind at most the one campaign prompt in progress, not a whole batch. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private final LocalMaryInterface mary;
    private final TtsVoice defaultVoice;
    private final Set<String> voices;
    private String currentVoice;

    private MaryTtsSynthesizer(LocalMaryInterface mary, TtsVoice defaultVoice) {
        this.mary = mary;
        this.defaultVoice = defaultVoice;
        this.voices = Set.copyOf(mary.getAvailableVoices());
        this.currentVoice = mary.getVoice();
    }

    /**
     * Starts MaryTTS (4-6 s the first time in a process) and checks that {@code defaultVoice} is installed.
     *
     * @param maryBase MaryTTS's base directory ({@code mary.base}), unless the JVM already sets one; MaryTTS
     *                 resolves relative paths against it, and without it would use the working directory
     * @throws SynthesisException naming the missing voice, what is installed and how to add it
     */
    public static MaryTtsSynthesizer start(Path maryBase, TtsVoice defaultVoice) {
        prepareEnvironment(maryBase);
        long started = System.nanoTime();
        LocalMaryInterface mary;
        try {
            mary = new LocalMaryInterface();
        } catch (MaryConfigurationException | RuntimeException e) {
            throw new SynthesisException("MaryTTS failed to start (mary.base=" + System.getProperty("mary.base")
                    + "): " + e.getMessage(), e);
        }
        MaryTtsSynthesizer synthesizer = new MaryTtsSynthesizer(mary, defaultVoice);
        synthesizer.requireVoice(defaultVoice);
        log.info("MaryTTS ready in {} ms, voices {}, default {}", (System.nanoTime() - started) / 1_000_000,
                synthesizer.voices, defaultVoice);
        return synthesizer;
    }

    /** Starts with {@link TtsVoice#DEFAULT}. */
    public static MaryTtsSynthesizer start(Path maryBase) {
        return start(maryBase, TtsVoice.DEFAULT);
    }

    /** MaryTTS reads both settings from system properties; an operator's own {@code -D} values win. */
    private static void prepareEnvironment(Path maryBase) {
        if (System.getProperty("mary.base") == null) {
            try {
                Files.createDirectories(maryBase);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create mary.base directory " + maryBase, e);
            }
            System.setProperty("mary.base", maryBase.toAbsolutePath().toString());
        }
        if (System.getProperty("log.config") == null) {
            System.setProperty("log.config", LOG_CONFIG);
        }
    }

    /** The voice names MaryTTS found through {@code META-INF/services/marytts.config.MaryConfig}. */
    public Set<String> availableVoices() {
        return voices;
    }

    @Override
    public TtsVoice defaultVoice() {
        return defaultVoice;
    }

    @Override
    public Pcm8k synthesize(String text, TtsVoice voice) {
        requireVoice(voice);
        if (text.isBlank()) {
            return new Pcm8k(new short[0]);
        }
        MonoPcm audio;
        lock.lock();
        try {
            useVoice(voice);
            AudioInputStream stream = mary.generateAudio(text);
            audio = AudioDecoding.decode(stream);
        } catch (marytts.exceptions.SynthesisException | IOException | RuntimeException e) {
            throw new SynthesisException("MaryTTS could not speak " + SynthesisException.quote(text) + " with voice " + voice
                    + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
        return audio.to8k(); // outside the lock: filtering needs no MaryTTS state
    }

    private void useVoice(TtsVoice voice) {
        if (!voice.name().equals(currentVoice)) {
            mary.setVoice(voice.name());
            currentVoice = voice.name();
        }
    }

    private void requireVoice(TtsVoice voice) {
        if (!voices.contains(voice.name())) {
            throw new SynthesisException("MaryTTS voice '" + voice.name() + "' is not installed (installed: "
                    + voices + "). Put its jar on the classpath, e.g. de.dfki.mary:voice-" + voice.name()
                    + ":5.2.1; a shaded jar must merge META-INF/services/marytts.config.MaryConfig");
        }
        if (!voice.language().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            throw new SynthesisException("voice " + voice + ": only English voices are installed with MaryTTS here");
        }
    }
}
