/** AudioSocket over Netty: frame codec, TCP server, paced real-time playback. */
package io.callbot.media;
