package io.callbot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The server's settings: defaults, overlaid by {@code callbot.yaml} (nested or dotted keys), overlaid by
 * {@code CALLBOT_*} environment variables. Validated whole at load; immutable and thread-safe after.
 */
public final class ServerConfig {
    private final Map<String, String> values;
    private final Map<String, String> sources;

    private ServerConfig(Map<String, String> values, Map<String, String> sources) {
        this.values = Map.copyOf(values);
        this.sources = Map.copyOf(sources);
    }

    /** Defaults plus environment only. */
    public static ServerConfig fromEnvironment(Map<String, String> env) {
        return load(null, env);
    }

    /**
     * Loads and validates; throws {@link ConfigException} listing every problem (file, key, rule, value).
     *
     * @param file a callbot.yaml, or null for none
     */
    public static ServerConfig load(Path file, Map<String, String> env) {
        Map<String, String> values = ConfigKeys.defaults();
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (file != null) {
            readFile(file, values, sources, problems);
        }
        for (ConfigKey k : ConfigKeys.ALL) {
            String v = env.get(k.envName());
            if (v != null) {
                values.put(k.key(), v);
                sources.put(k.key(), "environment variable " + k.envName());
            }
        }
        for (ConfigKey k : ConfigKeys.ALL) {
            String v = values.get(k.key());
            if (!ConfigValues.isValid(k.type(), v)) {
                problems.add(sources.getOrDefault(k.key(), "default") + ": " + k.key() + " must be "
                        + k.type().rule() + ", was " + (k.type() == ConfigKey.Type.SECRET ? "***" : "'" + v + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ServerConfig(values, sources);
    }

    private static void readFile(Path file, Map<String, String> values, Map<String, String> sources, List<String> problems) {
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml().load(r);
        } catch (IOException e) {
            problems.add(file + ": cannot read: " + e.getMessage());
            return;
        } catch (YAMLException e) {
            problems.add(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(file + ": must be a mapping of settings");
            return;
        }
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", map, flat);
        flat.forEach((key, value) -> {
            if (ConfigKeys.find(key) == null) {
                problems.add(file + ": " + key + ": unknown setting" + ConfigValues.suggestion(key));
            } else {
                values.put(key, value);
                sources.put(key, file.toString());
            }
        });
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out) {
        map.forEach((k, v) -> {
            String key = prefix + k;
            if (v instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out);
            } else {
                out.put(key, v == null ? "" : String.valueOf(v));
            }
        });
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no such setting: " + key);
        }
        return v;
    }

    /** The value, or null when it is empty (an empty string means "derive it"). */
    public String optional(String key) {
        String v = string(key);
        return v.isBlank() ? null : v;
    }

    public int integer(String key) {
        return Integer.parseInt(string(key).trim());
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(string(key).trim());
    }

    public Duration duration(String key) {
        return ConfigValues.parseDuration(string(key));
    }

    public Path path(String key) {
        return Path.of(string(key));
    }

    /** The two ends of a TIME_RANGE setting. */
    public LocalTime[] timeRange(String key) {
        String[] parts = string(key).trim().split("-");
        return new LocalTime[] {LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim())};
    }

    /** Where a value came from ("default", the file, or the environment variable), for start-up logs. */
    public String source(String key) {
        return sources.getOrDefault(key, "default");
    }

    /** Every setting with secrets masked, for `callbot config` and start-up logs. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ConfigKey k : ConfigKeys.ALL) {
            String v = values.get(k.key());
            out.put(k.key(), k.type() == ConfigKey.Type.SECRET && !v.isEmpty() ? "***" : v);
        }
        return out;
    }
}
