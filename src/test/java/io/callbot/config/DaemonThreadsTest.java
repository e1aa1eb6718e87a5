package io.callbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DaemonThreadsTest {

    private static final Runnable NOTHING = () -> { };

    @Test
    void numbersThreadsFromOnePerFactory() {
        ThreadFactory asr = DaemonThreads.numbered("asr");
        Thread first = asr.newThread(NOTHING);
        Thread second = asr.newThread(NOTHING);
        assertThat(first.getName()).isEqualTo("asr-1");
        assertThat(second.getName()).isEqualTo("asr-2");
        assertThat(DaemonThreads.numbered("asr").newThread(NOTHING).getName()).isEqualTo("asr-1");
        assertThat(first.isDaemon()).isTrue();
    }

    @Test
    void setsThePriorityWhenAsked() {
        Thread background = DaemonThreads.numbered("tts-background", Thread.MIN_PRIORITY).newThread(NOTHING);
        assertThat(background.getName()).isEqualTo("tts-background-1");
        assertThat(background.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(background.isDaemon()).isTrue();
    }

    @Test
    void namesEveryThreadTheSame() {
        ThreadFactory scan = DaemonThreads.named("campaign-scan");
        assertThat(scan.newThread(NOTHING).getName()).isEqualTo("campaign-scan");
        assertThat(scan.newThread(NOTHING).getName()).isEqualTo("campaign-scan");
        assertThat(scan.newThread(NOTHING).isDaemon()).isTrue();
    }
}
