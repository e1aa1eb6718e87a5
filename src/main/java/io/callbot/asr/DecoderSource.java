package io.callbot.asr;

import java.util.List;
import java.util.Set;

/**
 * Where a call's decoders come from: the recognizer's shared model, grammar builder and pool of idle decoders. A
 * decoder taken is the call's alone until it is released.
 */
interface DecoderSource {

    Grammar grammar(List<String> phrases, Set<String> oneWordAnswers);

    VoskDecoder decoder(Grammar grammarOrNullForFreeForm);

    /** A free-form decoder for second passes, which also keeps next-best readings. */
    VoskDecoder secondPassDecoder();

    /** Gives back a decoder the call is done with (it may serve another call). */
    void release(VoskDecoder decoder);
}
