package io.callbot.api;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a CRM fetches a call's recording: the API's recording URL under {@code api.public_url}, for calls whose
 * recording exists; null otherwise (no public URL configured, or the call was not recorded).
 */
public final class RecordingLinks {
    private RecordingLinks() {
    }

    public static Function<UUID, URI> of(String publicUrl, Path recordings) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return id -> null;
        }
        String root = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return id -> Files.exists(recordings.resolve(id + ".wav"))
                ? URI.create(root + "/api/v1/calls/" + id + "/recording") : null;
    }
}
