/** Speech recognition: the only user of org.vosk. Recognizer ports, VAD and end-of-turn detection. */
package io.callbot.asr;
