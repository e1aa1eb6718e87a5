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
 * Jackson's does, instants are written as {@link Instant#toString} writes them, and attribute numbers and dates are recognized as the pattern and the date parser recognized them.
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

    @Test
    void numbersAndDatesAreReadAsThePatternAndParserRead() {
        Random random = new Random(18);
        String alphabet = "0123456789+-.e ,x٣";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(i % 10 == 0 ? 35 : 12); k > 0; k--) {
                t.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
            }
            String text = t.toString();
            assertThat(Attributes.isNumber(text)).as("'%s'", text).isEqualTo(Attributes.NUMBER.matcher(text).matches());
        }
        for (int i = 0; i < 50_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33));
            assertThat(Attributes.dateOf(text)).as(text).isEqualTo(isoDate(text));
        }
        for (String text : List.of("2026-02-29", "2024-02-29", "0000-01-01", "2026-1-011", "2026/01/01", "+2026-01-0",
                "2026-00-10", "9999-12-31")) {
            assertThat(Attributes.dateOf(text)).as(text).isEqualTo(isoDate(text));
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

    /** What {@code LocalDate.parse} makes of the text, as midnight UTC; null when it refuses it. */
    private static Instant isoDate(String text) {
        try {
            return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
