package io.callbot.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The campaigns directory as the server runs it: each {@link #scan} re-reads the {@code *.yaml} / {@code *.yml}
 * files, loads those whose bytes changed, and brings the {@link CampaignCatalog} in line. A valid edit makes the
 * new version current; an invalid edit is logged once per change of the file (one line per problem,
 * {@code file:line:column}) and leaves the running version in force, its errors kept for the API; a new file adds a
 * campaign; a deleted file removes it. Campaigns are identified by (tenant, id). The file that holds a campaign keeps
 * it when another file claims the same (tenant, id), and the claimant is rejected with an error naming both files.
 * Which file holds which campaign, and the bytes of the version in force, are kept in {@link CampaignFileRecords},
 * so both survive a restart: the owner stays the owner, and a file whose latest edit is invalid runs its last valid
 * version again. Thread-safe: scans are serialized, and the listener is called on the scanning thread after the
 * catalog is updated.
 */
public final class CampaignDirectory {
    private static final Logger log = LoggerFactory.getLogger(CampaignDirectory.class);

    private final Path dir;
    private final CampaignCatalog catalog;
    private final Duration settle;
    private final Clock clock;
    private final TransferCheck transfers;
    private final AsrModelCheck models;
    private final CampaignFileRecords records;
    /** The last bytes seen of each file (by hash) and what they loaded to. */
    private final Map<Path, Loaded> loaded = new HashMap<>();
    /** The campaign in force from each file, and the version of it the records hold. */
    private final Map<Path, Campaign> inForce = new HashMap<>();
    private final Map<Path, Campaign> recorded = new HashMap<>();
    private boolean restored;
    private String lastRecordFailure;

    private record Loaded(String hash, byte[] bytes, LoadResult result) {
    }

    /**
     * @param settle a file modified less than this long ago is left for a later scan, so that an editor's
     *               multi-step save is not read half-written; zero reads every file at once
     */
    public CampaignDirectory(Path dir, Duration settle, Clock clock) {
        this(dir, settle, clock, TransferCheck.shipped());
    }

    /** @param transfers the dialplan every campaign's {@code transfer_to} must resolve in */
    public CampaignDirectory(Path dir, Duration settle, Clock clock, TransferCheck transfers) {
        this(dir, settle, clock, transfers, CampaignFileRecords.NONE);
    }

    /** @param records where file ownership and the versions in force are kept across restarts */
    public CampaignDirectory(Path dir, Duration settle, Clock clock, TransferCheck transfers,
                             CampaignFileRecords records) {
        this(dir, settle, clock, transfers, AsrModelCheck.ANY, records);
    }

    /** @param models the speech models every campaign's {@code voice.asr_model} must name one of */
    public CampaignDirectory(Path dir, Duration settle, Clock clock, TransferCheck transfers, AsrModelCheck models,
                             CampaignFileRecords records) {
        this.dir = dir;
        this.settle = settle;
        this.clock = clock;
        this.transfers = transfers;
        this.models = models;
        this.records = records;
        this.catalog = new CampaignCatalog(List.of());
    }

    public Path dir() {
        return dir;
    }

    public CampaignCatalog catalog() {
        return catalog;
    }

    /**
     * Re-reads the directory and applies what changed, telling {@code listener}. Returns true when a file was left
     * for later because it was still being written: scan again after the settle time.
     */
    public synchronized boolean scan(CampaignListener listener) throws IOException {
        List<Path> files = campaignFiles();
        if (!restored) {
            restore(files);
            restored = true;
        }
        Set<Path> changed = new HashSet<>();
        boolean unsettled = false;
        for (Path file : files) {
            Boolean read = read(file);
            if (read == null) {
                unsettled = true;
            } else if (read) {
                changed.add(file);
            }
        }
        loaded.keySet().retainAll(new HashSet<>(files));
        apply(files, changed, listener);
        return unsettled;
    }

    /**
     * Before the first scan: what the records say each file held when the server last ran, so its owner keeps a
     * campaign and a rejected edit does not stop it. A record whose bytes no longer load (a rule that got stricter)
     * is left out; of two records naming one campaign, the older claim wins.
     */
    private void restore(List<Path> files) {
        List<CampaignFileRecords.Held> held;
        try {
            held = records.load();
        } catch (RuntimeException e) {
            log.warn("campaign file records cannot be read ({}); files claim their campaigns in name order", e.toString());
            return;
        }
        Set<CampaignKey> taken = new HashSet<>();
        held.stream().sorted(Comparator.comparing(CampaignFileRecords.Held::since)
                .thenComparing(CampaignFileRecords.Held::file)).forEach(h -> {
                    Path file = dir.resolve(h.file());
                    LoadResult r = files.contains(file) && !taken.contains(h.key())
                            ? CampaignLoader.load(file.toString(), h.content(), transfers, models) : null;
                    if (r != null && r.valid() && r.campaign().key().equals(h.key())) {
                        taken.add(h.key());
                        inForce.put(file, r.campaign());
                        recorded.put(file, r.campaign());
                    } else {
                        forget(h.file()); // the file is gone (or lost its claim) while the server was down
                    }
                });
    }

    private void forget(String file) {
        try {
            records.remove(file);
        } catch (RuntimeException e) {
            log.warn("campaign file record of {} not removed: {}", file, e.toString());
        }
    }

    /** True when the file's bytes changed and were loaded, false when unchanged, null when not settled yet. */
    private Boolean read(Path file) {
        byte[] bytes;
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            Duration age = Duration.between(modified, clock.instant());
            if (!age.isNegative() && age.compareTo(settle) < 0) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null; // deleted between the listing and the read: the next scan sees it gone
        } catch (IOException e) {
            bytes = null;
        }
        String hash = bytes == null ? "unreadable" : CampaignLoader.sha256(bytes);
        Loaded before = loaded.get(file);
        if (before != null && before.hash().equals(hash)) {
            return false;
        }
        LoadResult result = bytes == null ? CampaignLoader.load(file, transfers, models)
                : CampaignLoader.load(file.toString(), bytes, transfers, models);
        loaded.put(file, new Loaded(hash, bytes, result));
        return true;
    }

    /** What the catalog holds after this scan: campaigns by key, the file of each, and the rejected edits. */
    private static final class Plan {
        final Map<CampaignKey, Campaign> campaigns = new LinkedHashMap<>();
        final Map<CampaignKey, Path> files = new HashMap<>();
        final Map<CampaignKey, List<ValidationError>> rejected = new LinkedHashMap<>();

        /** Puts {@code c} in force from {@code file}; false when another file already holds its key. */
        boolean offer(Campaign c, Path file) {
            if (files.containsKey(c.key())) {
                return false;
            }
            campaigns.put(c.key(), c);
            files.put(c.key(), file);
            return true;
        }
    }

    private void apply(List<Path> files, Set<Path> changed, CampaignListener listener) {
        Map<CampaignKey, Campaign> before = catalog.campaigns();
        Plan plan = new Plan();
        // files already holding a campaign go first, so a newcomer cannot take their (tenant, id)
        List<Path> order = files.stream().filter(loaded::containsKey)
                .sorted(Comparator.comparing((Path f) -> !inForce.containsKey(f)).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (Path file : order) {
            List<ValidationError> errors = place(file, inForce.get(file), plan);
            if (!errors.isEmpty() && changed.contains(file)) {
                Campaign kept = inForce.get(file);
                logRejected(errors, kept != null && file.equals(plan.files.get(kept.key())) ? kept : null);
            }
        }
        catalog.publish(plan.campaigns, plan.rejected);
        inForce.clear();
        plan.files.forEach((key, file) -> inForce.put(file, plan.campaigns.get(key)));
        record();
        notify(before, plan.campaigns, listener);
    }

    /**
     * Puts the campaign of {@code file} into the plan, or, when its latest bytes are rejected, the version it
     * {@code held} until now (if any). Returns the errors that kept the latest bytes out; empty when they are in.
     */
    private List<ValidationError> place(Path file, Campaign held, Plan plan) {
        LoadResult result = loaded.get(file).result();
        List<ValidationError> errors = result.errors();
        if (result.valid()) {
            Campaign c = result.campaign();
            Path other = plan.files.get(c.key());
            if (other == null && plan.offer(c, file)) {
                return List.of();
            }
            errors = List.of(DuplicateIds.error(file.toString(), c.key(), String.valueOf(other)));
        }
        if (held != null && plan.offer(held, file)) {
            plan.rejected.put(held.key(), errors);
        }
        return errors;
    }

    /** Brings the records in line with what is in force: new owners and new versions saved, released files forgotten. */
    private void record() {
        try {
            for (Path file : List.copyOf(recorded.keySet())) {
                if (!inForce.containsKey(file)) {
                    records.remove(file.getFileName().toString());
                    recorded.remove(file);
                }
            }
            for (Map.Entry<Path, Campaign> e : inForce.entrySet()) {
                Campaign c = e.getValue();
                Campaign before = recorded.get(e.getKey());
                Loaded bytes = loaded.get(e.getKey());
                if ((before == null || !before.version().equals(c.version()) || !before.key().equals(c.key()))
                        && bytes != null && c.version().equals(bytes.hash())) {
                    records.save(new CampaignFileRecords.Held(e.getKey().getFileName().toString(), c.key(),
                            c.version(), bytes.bytes(), clock.instant()));
                    recorded.put(e.getKey(), c);
                }
            }
            lastRecordFailure = null;
        } catch (RuntimeException e) {
            if (!e.toString().equals(lastRecordFailure)) {
                log.warn("campaign file records not updated ({}); retried at the next scan", e.toString());
            }
            lastRecordFailure = e.toString();
        }
    }

    private void notify(Map<CampaignKey, Campaign> before, Map<CampaignKey, Campaign> next, CampaignListener listener) {
        for (Campaign c : next.values()) {
            Campaign previous = before.get(c.key());
            if (previous == null) {
                tell(c, "loaded from " + c.source(), () -> listener.added(c));
            } else if (!previous.version().equals(c.version())) {
                tell(c, "replaces version " + shortVersion(previous) + " (" + c.source()
                        + " changed); calls in progress keep the version they started with",
                        () -> listener.replaced(previous, c));
            }
        }
        for (Campaign c : before.values()) {
            if (!next.containsKey(c.key())) {
                tell(c, "retired: " + c.source() + " is gone; no new calls, calls in progress finish",
                        () -> listener.removed(c));
            }
        }
    }

    private interface Reaction {
        void run() throws Exception;
    }

    private static void tell(Campaign c, String what, Reaction reaction) {
        try (MDC.MDCCloseable campaign = MDC.putCloseable("campaign", c.id())) {
            try {
                log.info("campaign {} version {} {}", c.key(), shortVersion(c), what);
                reaction.run();
            } catch (Exception e) { // inside the MDC scope: the error line names the campaign too
                log.error("campaign {} version {}: could not apply the change: {}", c.key(), shortVersion(c),
                        e.toString(), e);
            }
        }
    }

    private static void logRejected(List<ValidationError> errors, Campaign kept) {
        String consequence = kept == null ? "file not loaded"
                : "campaign " + kept.key() + " keeps running version " + shortVersion(kept);
        if (kept != null) {
            MDC.put("campaign", kept.id());
        }
        try {
            for (ValidationError e : errors) {
                log.error("campaign edit rejected ({}): {}", consequence, e);
            }
        } finally {
            MDC.remove("campaign");
        }
    }

    /** The first 12 hex digits: enough to tell versions apart in a log line. */
    static String shortVersion(Campaign c) {
        return c.version().length() > 12 ? c.version().substring(0, 12) : c.version();
    }

    private List<Path> campaignFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "campaigns.dir is not a directory");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return new ArrayList<>(list.filter(CampaignDirectory::isCampaignFile).sorted().toList());
        }
    }

    private static boolean isCampaignFile(Path p) {
        return CampaignFileNames.isCampaignFile(p) && Files.isRegularFile(p);
    }
}
