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
 * new version current; an invalid edit is logged (one line per problem, {@code file:line:column}) and leaves the
 * running version in force, its errors kept for the API; a new file adds a campaign; a deleted file removes it.
 * The file that holds a campaign keeps its id when another file claims the same id. Thread-safe: scans are
 * serialized, and the listener is called on the scanning thread after the catalog is updated.
 */
public final class CampaignDirectory {
    private static final Logger log = LoggerFactory.getLogger(CampaignDirectory.class);

    private final Path dir;
    private final CampaignCatalog catalog;
    private final Duration settle;
    private final Clock clock;
    private final TransferCheck transfers;
    /** The last bytes seen of each file (by hash) and what they loaded to. */
    private final Map<Path, Loaded> loaded = new HashMap<>();
    /** The file each campaign in force comes from. */
    private final Map<String, Path> owners = new HashMap<>();

    private record Loaded(String hash, LoadResult result) {
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
        this.dir = dir;
        this.settle = settle;
        this.clock = clock;
        this.transfers = transfers;
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
        LoadResult result = bytes == null ? CampaignLoader.load(file, transfers)
                : CampaignLoader.load(file.toString(), bytes, transfers);
        loaded.put(file, new Loaded(hash, result));
        return true;
    }

    /** What the catalog holds after this scan: campaigns by id, the file of each, and the rejected edits. */
    private static final class Plan {
        final Map<String, Campaign> campaigns = new LinkedHashMap<>();
        final Map<String, Path> files = new HashMap<>();
        final Map<String, List<ValidationError>> rejected = new LinkedHashMap<>();

        /** Puts {@code c} in force from {@code file}; false when another file already holds its id. */
        boolean offer(Campaign c, Path file) {
            if (files.containsKey(c.id())) {
                return false;
            }
            campaigns.put(c.id(), c);
            files.put(c.id(), file);
            return true;
        }
    }

    private void apply(List<Path> files, Set<Path> changed, CampaignListener listener) {
        Map<String, Campaign> before = catalog.campaigns();
        Map<Path, Campaign> held = new HashMap<>();
        owners.forEach((id, file) -> held.put(file, before.get(id)));
        Plan plan = new Plan();
        // files already holding a campaign go first, so a newcomer cannot take their id
        List<Path> order = files.stream().filter(loaded::containsKey)
                .sorted(Comparator.comparing((Path f) -> !held.containsKey(f)).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (Path file : order) {
            List<ValidationError> errors = place(file, held.get(file), plan);
            if (!errors.isEmpty() && changed.contains(file)) {
                Campaign kept = held.get(file);
                logRejected(errors, kept != null && file.equals(plan.files.get(kept.id())) ? kept : null);
            }
        }
        catalog.publish(plan.campaigns, plan.rejected);
        owners.clear();
        owners.putAll(plan.files);
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
            Path other = plan.files.get(c.id());
            if (other == null && plan.offer(c, file)) {
                return List.of();
            }
            errors = List.of(DuplicateIds.error(file.toString(), c.id(), String.valueOf(other)));
        }
        if (held != null && plan.offer(held, file)) {
            plan.rejected.put(held.id(), errors);
        }
        return errors;
    }

    private void notify(Map<String, Campaign> before, Map<String, Campaign> next, CampaignListener listener) {
        for (Campaign c : next.values()) {
            Campaign previous = before.get(c.id());
            if (previous == null) {
                tell(c, "loaded from " + c.source(), () -> listener.added(c));
            } else if (!previous.version().equals(c.version())) {
                tell(c, "replaces version " + shortVersion(previous) + " (" + c.source()
                        + " changed); calls in progress keep the version they started with",
                        () -> listener.replaced(previous, c));
            }
        }
        for (Campaign c : before.values()) {
            if (!next.containsKey(c.id())) {
                tell(c, "retired: " + c.source() + " is gone; no new calls, calls in progress finish",
                        () -> listener.removed(c));
            }
        }
    }

    private interface Reaction {
        void run() throws Exception;
    }

    private static void tell(Campaign c, String what, Reaction reaction) {
        MDC.put("campaign", c.id());
        try {
            log.info("campaign {} version {} {}", c.id(), shortVersion(c), what);
            reaction.run();
        } catch (Exception e) {
            log.error("campaign {} version {}: could not apply the change: {}", c.id(), shortVersion(c), e.toString(), e);
        } finally {
            MDC.remove("campaign");
        }
    }

    private static void logRejected(List<ValidationError> errors, Campaign kept) {
        String consequence = kept == null ? "file not loaded"
                : "campaign " + kept.id() + " keeps running version " + shortVersion(kept);
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
