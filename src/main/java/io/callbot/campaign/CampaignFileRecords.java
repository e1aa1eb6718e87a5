package io.callbot.campaign;

import java.time.Instant;
import java.util.List;

/**
 * What a campaigns directory remembers across restarts: which file holds which campaign, and the bytes of the version
 * in force from it. With it, the file that owns a (tenant, id) keeps it after a restart even when another file
 * claiming the same id sorts first, and a file whose latest edit is invalid keeps running its last valid version
 * after a restart. Implementations are called on the scanning thread only; failures are unchecked.
 */
public interface CampaignFileRecords {

    /**
     * One file's record.
     *
     * @param file    the file's name in the campaigns directory
     * @param key     the campaign the file holds
     * @param version the SHA-256 of {@code content}
     * @param content the bytes of the version in force, as they were in the file
     * @param since   when the file first held the campaign: the older claim wins when two records name one campaign
     */
    record Held(String file, CampaignKey key, String version, byte[] content, Instant since) {
    }

    /** Every file's record. */
    List<Held> load();

    /** Records that {@code held.file()} now holds {@code held.key()} with this version (replacing its record). */
    void save(Held held);

    /** Forgets the file's record: it is gone, or holds no campaign any more. */
    void remove(String file);

    /** Remembers nothing: ownership and running versions last as long as the process (tests, tools without a database). */
    CampaignFileRecords NONE = new CampaignFileRecords() {
        @Override
        public List<Held> load() {
            return List.of();
        }

        @Override
        public void save(Held held) {
        }

        @Override
        public void remove(String file) {
        }
    };
}
