/** CallSession: joins media, ASR, TTS and dialog for one call and writes its outcome. */
package io.callbot.call;
