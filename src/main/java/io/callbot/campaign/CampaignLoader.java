package io.callbot.campaign;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads campaign YAML files: parses with SnakeYAML's node API (so every value has a line and column),
 * validates everything, and builds an immutable {@link Campaign} versioned by the SHA-256 of the file bytes.
 * Stateless and thread-safe: every call works on its own objects.
 */
public final class CampaignLoader {

    private CampaignLoader() {
    }

    /**
     * Loads one file, its {@code transfer_to} targets checked against the shipped dialplan; I/O and syntax problems
     * become errors in the result, never exceptions.
     */
    public static LoadResult load(Path file) {
        return load(file, TransferCheck.shipped());
    }

    /** Loads one file, its {@code transfer_to} targets checked against {@code transfers}, any ASR model accepted. */
    public static LoadResult load(Path file, TransferCheck transfers) {
        return load(file, transfers, AsrModelCheck.ANY);
    }

    /** Loads one file against the server: its transfer targets and its {@code voice.asr_model}. */
    public static LoadResult load(Path file, TransferCheck transfers, AsrModelCheck models) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new LoadResult(name, null, List.of(new ValidationError(name, 1, 1, "file", "cannot read: " + e)));
        }
        return load(name, bytes, transfers, models);
    }

    /** Loads a campaign from bytes against the shipped dialplan; {@code name} is used in error messages. */
    public static LoadResult load(String name, byte[] bytes) {
        return load(name, bytes, TransferCheck.shipped());
    }

    /** Loads a campaign from bytes, any ASR model accepted; {@code name} is used in error messages. */
    public static LoadResult load(String name, byte[] bytes, TransferCheck transfers) {
        return load(name, bytes, transfers, AsrModelCheck.ANY);
    }

    /** Loads a campaign from bytes against the server's dialplan and models; {@code name} is used in error messages. */
    public static LoadResult load(String name, byte[] bytes, TransferCheck transfers, AsrModelCheck models) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new LoadResult(name, null, List.of(new ValidationError(name, 1, 1, "file", "is not UTF-8 text")));
        }
        Problems problems = new Problems(name, text);
        Node root = parse(text, problems);
        if (root == null) {
            return new LoadResult(name, null, problems.sorted());
        }
        Campaign campaign = new CampaignReader(problems, transfers, models).read(root, sha256(bytes));
        return new LoadResult(name, problems.any() ? null : campaign, problems.sorted());
    }

    /**
     * Loads every {@code *.yaml} / {@code *.yml} file of {@code dir} (not recursive, hidden files left out, as
     * {@code serve} does), sorted by name;
     * also reports a campaign id used by two files.
     */
    public static List<LoadResult> loadDirectory(Path dir) throws IOException {
        return loadDirectory(dir, TransferCheck.shipped());
    }

    /** As {@link #loadDirectory(Path)}, {@code transfer_to} targets checked against {@code transfers}. */
    public static List<LoadResult> loadDirectory(Path dir, TransferCheck transfers) throws IOException {
        return loadDirectory(dir, transfers, AsrModelCheck.ANY);
    }

    /** As {@link #loadDirectory(Path)}, checked against the server's dialplan and speech models. */
    public static List<LoadResult> loadDirectory(Path dir, TransferCheck transfers, AsrModelCheck models)
            throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> Files.isRegularFile(p) && CampaignFileNames.isCampaignFile(p)).sorted().toList();
        }
        List<LoadResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(load(file, transfers, models));
        }
        return DuplicateIds.mark(results);
    }

    private static Node parse(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMap with a position instead
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.at(new Mark("", 0, 0, 0, new int[0], 0), "file", "is empty; a campaign needs id, name, kind, ...");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.at(mark != null ? mark : new Mark("", 0, 0, 0, new int[0], 0), "syntax error", problem + context);
            return null;
        } catch (YAMLException e) {
            problems.at(new Mark("", 0, 0, 0, new int[0], 0), "syntax error", e.getMessage());
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
