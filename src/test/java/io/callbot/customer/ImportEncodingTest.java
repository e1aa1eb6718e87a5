package io.callbot.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The import's cheaper encodings give what the general ones gave: the row hash equals the one stored by earlier
 * versions (so unchanged rows stay skipped after an upgrade), the attributes' JSON in the COPY text means what
 * Jackson's does, and instants are written as {@link Instant#toString} writes them.
 */
class ImportEncodingTest {
    private static final List<String> TEXTS = List.of("", "plain", "Müller", "张伟", "emoji \uD83D\uDE00 here",
            "lone \uD83D high", "lone \uDE00 low", "quote \" and \\ backslash", "tab\tnew\nline\rcr", "ctrl \u0001\u001f",
            "O'Brien", "{\"json\": [1]}", "\u00e9\u0301");

    @Test
    void rowHashIsTheOneEarlierVersionsStored() throws Exception {
        ImportFingerprint fingerprint = new ImportFingerprint("US");
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                attributes.put(pick(random), random.nextBoolean() ? pick(random) : random.nextInt(3) == 0 ? null
                        : Boolean.valueOf(random.nextBoolean()));
            }
            RawCustomer raw = new RawCustomer(pick(random), pick(random), random.nextBoolean() ? null : pick(random),
                    pick(random), pick(random), pick(random), pick(random), pick(random), pick(random),
                    List.of(pick(random), pick(random)).subList(0, random.nextInt(3)), attributes);
            assertThat(fingerprint.of(raw)).as("%s", raw).isEqualTo(earlier("US", raw));
        }
    }

    @Test
    void attributesJsonMeansWhatJacksonsDoes() throws Exception {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            attributes.put("k" + i + TEXTS.get(i), TEXTS.get(i));
        }
        attributes.put("flag", true);
        attributes.put("off", false);
        StringBuilder copy = new StringBuilder();
        PgStaging.json(copy, attributes);
        String json = uncopy(copy.toString());
        assertThat(Attributes.fromJson(json)).isEqualTo(Attributes.fromJson(Attributes.toJson(attributes)));
        // any other value type goes through Jackson as before
        Map<String, Object> numbers = new LinkedHashMap<>(Map.of("n", new java.math.BigDecimal("1.50")));
        StringBuilder viaJackson = new StringBuilder();
        PgStaging.json(viaJackson, numbers);
        assertThat(uncopy(viaJackson.toString())).isEqualTo(Attributes.toJson(numbers));
    }

    @Test
    void instantsAreWrittenAsToStringWritesThem() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            Instant t = Instant.ofEpochSecond(seconds, random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            StringBuilder out = new StringBuilder();
            PgStaging.instant(out, t);
            assertThat(out.toString()).isEqualTo(t.toString());
        }
        for (String s : List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
                "2026-11-29T00:00:00Z", "0999-03-04T05:06:07Z")) {
            StringBuilder out = new StringBuilder();
            PgStaging.instant(out, Instant.parse(s));
            assertThat(out.toString()).isEqualTo(s);
        }
    }

    private static String pick(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    /** COPY text format back to the value (the escapes PgStaging.text writes). */
    private static String uncopy(String copy) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < copy.length(); i++) {
            char c = copy.charAt(i);
            if (c == '\\') {
                char next = copy.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The row hash as versions before the buffered encoding computed it. */
    private static long earlier(String region, RawCustomer raw) throws Exception {
        StringBuilder s = new StringBuilder();
        field(s, "import-row-v1|" + region);
        for (String f : new String[] {raw.externalId(), raw.phone(), raw.firstName(), raw.lastName(), raw.language(),
                raw.timezone(), raw.consent(), raw.doNotCall(), raw.doNotCallReason()}) {
            field(s, f);
        }
        s.append('T').append(raw.tags().size()).append(':');
        raw.tags().forEach(t -> field(s, t));
        s.append('A').append(raw.attributes().size()).append(':');
        raw.attributes().forEach((k, v) -> {
            field(s, k);
            field(s, v == null ? null : v.getClass().getName());
            field(s, v == null ? null : v.toString());
        });
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.length()).append(':').append(value);
        }
    }
}
