package io.callbot.sim.voice;

/**
 * A caller voice rendered by a synthesizer program (espeak-ng, flite, festival) whose WAV output sox brings to
 * 8 kHz. Immutable; thread-safe (every synthesis is its own process).
 */
abstract class ProgramVoice implements CallerVoice {

    protected final String voice;
    protected final ExternalProgram program;
    protected final Sox sox = new Sox();
    private final String spec;

    ProgramVoice(VoiceSpec spec, ExternalProgram program) {
        this.spec = spec.toString();
        this.voice = spec.voice();
        this.program = program;
    }

    @Override
    public final String spec() {
        return spec;
    }

    @Override
    public final String toString() {
        return spec;
    }
}
