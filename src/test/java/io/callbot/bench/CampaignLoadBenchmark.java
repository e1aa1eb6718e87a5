package io.callbot.bench;

import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.Yaml;

/**
 * How long loading + validating one campaign file takes, and how much of it is SnakeYAML's parse.
 * Run: {@code java -cp target/classes:target/test-classes:target/lib/* io.callbot.bench.CampaignLoadBenchmark [file]}.
 * Single-threaded.
 */
public final class CampaignLoadBenchmark {

    private CampaignLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "campaigns/winback-coupon.yaml");
        byte[] bytes = Files.readAllBytes(file);
        String text = Files.readString(file);
        int warmup = 300;
        int runs = 1000;
        for (int i = 0; i < warmup; i++) {
            check(CampaignLoader.load(file.toString(), bytes));
            new Yaml().compose(new StringReader(text));
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            check(CampaignLoader.load(file.toString(), bytes));
        }
        double loadMs = (System.nanoTime() - start) / 1e6 / runs;
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            new Yaml().compose(new StringReader(text));
        }
        double parseMs = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%s (%d lines): load+validate %.2f ms/file, of which SnakeYAML compose %.2f ms (%d runs after %d warm-up)%n",
                file, text.lines().count(), loadMs, parseMs, runs, warmup);
    }

    private static void check(LoadResult result) {
        if (!result.valid()) {
            throw new IllegalStateException("benchmark file is invalid: " + result.errors());
        }
    }
}
