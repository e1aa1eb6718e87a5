package io.callbot.campaign;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.callbot.config.DaemonThreads;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link CampaignDirectory} in step with the disk: a {@link WatchService} asks for a scan when a campaign
 * file is created, changed or deleted, and a periodic re-scan catches what the watch service misses or reports
 * late (network and container file systems, overflows). Events are debounced: a scan runs once the directory has
 * been quiet for the debounce time, so an editor's multi-step save is read once, complete. Threads: one daemon
 * thread waits on the watch service; every scan, and so every listener call, runs on one scan thread.
 */
public final class CampaignWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CampaignWatcher.class);

    /**
     * @param useWatchService false: re-scan only (tests of the fallback; file systems without change events)
     * @param rescan          how often the whole directory is re-read whatever the events say
     * @param debounce        quiet time after the last event before the scan
     */
    public record Settings(boolean useWatchService, Duration rescan, Duration debounce) {
        /** Long enough for an editor's save (write a temporary file, rename, touch) to be over. */
        public static final Duration DEBOUNCE = Duration.ofMillis(500);

        public Settings {
            if (rescan.isNegative() || rescan.isZero()) {
                throw new IllegalArgumentException("campaigns.rescan_interval must be > 0, was " + rescan);
            }
        }

        public static Settings of(Duration rescan) {
            return new Settings(true, rescan, DEBOUNCE);
        }
    }

    private final CampaignDirectory directory;
    private final CampaignListener listener;
    private final Settings settings;
    private final ScheduledExecutorService scans = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("campaign-scan"));
    private WatchService watchService;
    private Thread watchThread;
    private ScheduledFuture<?> pending;
    private String lastFailure;

    public CampaignWatcher(CampaignDirectory directory, CampaignListener listener, Settings settings) {
        this.directory = directory;
        this.listener = listener;
        this.settings = settings;
    }

    /** Starts watching; the directory should have been scanned once already (at start-up, before scheduling). */
    public CampaignWatcher start() {
        Path dir = directory.dir();
        if (settings.useWatchService()) {
            try {
                watchService = dir.getFileSystem().newWatchService();
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                watchThread = new Thread(this::watch, "campaign-watch");
                watchThread.setDaemon(true);
                watchThread.start();
            } catch (IOException | UnsupportedOperationException e) {
                log.warn("campaigns directory {} cannot be watched ({}); it is re-scanned every {} s instead", dir,
                        e.toString(), settings.rescan().toSeconds());
            }
        }
        long every = settings.rescan().toMillis();
        scans.scheduleWithFixedDelay(this::scan, every, every, TimeUnit.MILLISECONDS);
        log.info("watching campaigns directory {} (re-scan every {} ms)", dir, every);
        return this;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    relevant |= event.kind() == OVERFLOW || event.context() instanceof Path name
                            && CampaignFileNames.isCampaignFile(name);
                }
                if (relevant) {
                    scanSoon();
                }
                if (!key.reset()) {
                    log.warn("campaigns directory {} is no longer watched (removed or unmounted?); re-scan only",
                            directory.dir());
                    return;
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closing
        }
    }

    /** Schedules a scan after the debounce time; a later request pushes it back (the directory is not quiet). */
    public synchronized void scanSoon() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!scans.isShutdown()) {
            pending = scans.schedule(this::scan, settings.debounce().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void scan() {
        try {
            if (directory.scan(listener)) {
                scanSoon();
            }
            lastFailure = null;
        } catch (Exception e) {
            String failure = e.toString();
            if (!Objects.equals(failure, lastFailure)) {
                log.warn("campaigns directory {} could not be scanned: {}; the campaigns in force stay",
                        directory.dir(), failure);
            }
            lastFailure = failure;
        }
    }

    @Override
    public void close() {
        scans.shutdownNow();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("closing the watch service: {}", e.toString());
            }
        }
    }
}
