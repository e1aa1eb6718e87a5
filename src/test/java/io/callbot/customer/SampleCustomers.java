package io.callbot.customer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates realistic customer CSV files (deterministic for a seed): several countries and timezones, tags
 * and attributes that the example campaigns select on (brand:xiaomi fans, lapsed buyers with last_order_at
 * older than 90 days, deliveries due tomorrow). {@code main} writes {@code campaigns/sample-customers.csv}.
 */
public final class SampleCustomers {
    static final String[] HEADER = {"external_id", "phone", "first_name", "last_name", "language", "timezone", "tags",
            "consent", "country", "city", "lifetime_value", "last_order_at", "last_purchase_at", "order_id",
            "delivery_date", "delivery_phone_ok", "marketing_consent", "email_bounced"};

    private record Place(String country, String city, String language, String phonePrefix, int localDigits,
            String[] firstNames, String[] lastNames, String explicitZone) {}

    private static final String[] US_FIRST = {"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David",
            "Linda", "Maria", "Daniel", "Emily", "Jose", "Ashley", "Kevin", "Olivia", "Ethan", "Sofia", "Noah"};
    private static final String[] US_LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Lee", "Walker", "Nguyen", "O'Brien", "Patel", "Kim"};
    private static final String[] CN_FIRST = {"Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Hao", "Xiu Ying", "Jun", "Li Na"};
    private static final String[] CN_LAST = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"};
    private static final String[] GB_FIRST = {"Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Freya"};
    private static final String[] GB_LAST = {"Taylor", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Wright"};
    private static final String[] DE_FIRST = {"Lukas", "Lena", "J\u00fcrgen", "Mia", "Felix", "Anna", "Jonas"};
    private static final String[] DE_LAST = {"M\u00fcller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker"};

    private static final List<Place> PLACES = List.of(
            new Place("US", "New York", "en-US", "+1 212 555 01", 2, US_FIRST, US_LAST, null),
            new Place("US", "Los Angeles", "en-US", "+1 213 555 01", 2, US_FIRST, US_LAST, null),
            new Place("US", "San Francisco", "en-US", "+1 415 555 01", 2, US_FIRST, US_LAST, null),
            new Place("US", "Chicago", "en-US", "+1 312 555 01", 2, US_FIRST, US_LAST, null),
            new Place("US", "Denver", "en-US", "+1 303 555 01", 2, US_FIRST, US_LAST, null),
            new Place("US", "Seattle", "en-US", "+1 206 555 01", 2, US_FIRST, US_LAST, null),
            new Place("US", "Honolulu", "en-US", "+1 808 555 01", 2, US_FIRST, US_LAST, null),
            new Place("CA", "Toronto", "en-CA", "+1 416 555 01", 2, US_FIRST, US_LAST, null),
            new Place("CA", "Vancouver", "en-CA", "+1 604 555 01", 2, US_FIRST, US_LAST, null),
            new Place("CN", "Shanghai", "zh-CN", "+86 138 0013 ", 4, CN_FIRST, CN_LAST, null),
            new Place("CN", "Beijing", "zh-CN", "+86 139 1099 ", 4, CN_FIRST, CN_LAST, null),
            new Place("CN", "Shenzhen", "zh-CN", "+86 186 7555 ", 4, CN_FIRST, CN_LAST, null),
            new Place("GB", "London", "en-GB", "+44 20 7946 0", 3, GB_FIRST, GB_LAST, null),
            new Place("AU", "Sydney", "en-AU", "+61 491 570 ", 3, US_FIRST, GB_LAST, "Australia/Sydney"),
            new Place("DE", "Berlin", "de-DE", "+49 30 1234 5", 3, DE_FIRST, DE_LAST, null));

    private SampleCustomers() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "campaigns/sample-customers.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.parse("2026-11-28");
        writeCsv(out, rows, 20261128L, today);
        System.out.println("wrote " + rows + " customers to " + out);
    }

    /** Writes {@code rows} customers, streaming (any size); dates are relative to {@code today}. */
    public static void writeCsv(Path file, int rows, long seed, LocalDate today) throws IOException {
        Random random = new Random(seed);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord((Object[]) HEADER);
            for (int i = 1; i <= rows; i++) {
                csv.printRecord(row(i, random, today));
            }
        }
    }

    private static List<String> row(int i, Random r, LocalDate today) {
        Place p = PLACES.get(r.nextInt(PLACES.size()));
        String digits = String.format("%0" + p.localDigits() + "d", r.nextInt((int) Math.pow(10, p.localDigits())));
        List<String> tags = new ArrayList<>();
        boolean xiaomi = r.nextInt(100) < 30;
        addIf(tags, xiaomi, "user:brand:xiaomi");
        addIf(tags, !xiaomi && r.nextInt(100) < 5, "user:interest:xiaomi");
        addIf(tags, r.nextInt(100) < 12, "user:brand:apple");
        addIf(tags, r.nextInt(100) < 10, "business:segment:vip");
        addIf(tags, r.nextInt(100) < 40, "business:segment:repeat_buyer");
        addIf(tags, r.nextInt(100) < 4, "merchant:consent:marketing_opt_out");
        addIf(tags, r.nextInt(100) < 2, "merchant:status:churned_complaint");
        boolean delivery = r.nextInt(100) < 15;
        addIf(tags, delivery, "merchant:order:out_for_delivery");
        int daysSinceOrder = delivery ? r.nextInt(5) + 1 : r.nextInt(400);
        LocalDate lastOrder = today.minusDays(daysSinceOrder);
        String lifetimeValue = String.format("%d.%02d", 5 + r.nextInt(1995), r.nextInt(100));
        return List.of(String.format("CRM-%06d", i), p.phonePrefix() + digits,
                p.firstNames()[r.nextInt(p.firstNames().length)], p.lastNames()[r.nextInt(p.lastNames().length)],
                p.language(), p.explicitZone() == null ? "" : p.explicitZone(), String.join(";", tags),
                r.nextInt(100) < 85 ? "yes" : "no", p.country(), p.city(), lifetimeValue, lastOrder.toString(),
                lastOrder.toString(), delivery ? "SO-" + (700000 + i) : "",
                delivery ? today.plusDays(r.nextInt(100) < 80 ? 1 : 2).toString() : "",
                delivery ? String.valueOf(r.nextInt(100) < 95) : "", String.valueOf(!tags.contains("merchant:consent:marketing_opt_out")),
                String.valueOf(r.nextInt(100) < 3));
    }

    private static void addIf(List<String> tags, boolean condition, String tag) {
        if (condition) {
            tags.add(tag);
        }
    }
}
