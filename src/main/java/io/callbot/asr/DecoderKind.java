package io.callbot.asr;

/**
 * How a Vosk decoder decodes, which is fixed when it is made: with a grammar (its JSON) or free-form ({@code null}),
 * keeping {@code alternatives} next-best readings. Decoders of one kind are interchangeable once recycled.
 */
record DecoderKind(String grammarJson, int alternatives) {

    /** Free-form, the best reading only. */
    static final DecoderKind FREE_FORM = new DecoderKind(null, 0);

    static DecoderKind of(Grammar grammarOrNullForFreeForm, int alternatives) {
        return new DecoderKind(grammarOrNullForFreeForm == null ? null : grammarOrNullForFreeForm.json(), alternatives);
    }

    boolean freeForm() {
        return grammarJson == null;
    }
}
