package io.callbot.pbx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Asterisk config file parsed with the rules of Asterisk's {@code main/config.c}: {@code [section]},
 * {@code [section](!)} templates, {@code [section](template,...)} inheritance, {@code [section](+)} additions,
 * {@code name = value} and {@code name => value} lines, {@code ;} comments ({@code \;} is a literal semicolon),
 * {@code ;-- --;} block comments and {@code #include}. What Asterisk would refuse is kept as a {@link ConfigProblem}
 * with its position, never thrown. Immutable once parsed.
 */
public final class AsteriskConfig {

    private static final int MAX_INCLUDE_DEPTH = 10;

    /** One file's text, named as it appears in positions. */
    public record Source(String file, String text) {
    }

    /** Finds the file an {@code #include} names (relative names are relative to the config directory). */
    @FunctionalInterface
    public interface IncludeSource {
        Optional<Source> open(String name) throws IOException;

        /** For a single file read alone: every {@code #include} is reported as unresolved. */
        IncludeSource NONE = name -> Optional.empty();
    }

    private final List<ConfigSection> sections;
    private final List<ConfigProblem> problems;

    private AsteriskConfig(List<ConfigSection> sections, List<ConfigProblem> problems) {
        this.sections = List.copyOf(sections);
        this.problems = List.copyOf(problems);
    }

    /** Parses {@code source}, following {@code #include}s through {@code includes}. */
    public static AsteriskConfig parse(Source source, IncludeSource includes) {
        Parser parser = new Parser(includes);
        parser.file(source, 0);
        return new AsteriskConfig(parser.built(), parser.problems);
    }

    /** Reads a file; its {@code #include}s are looked up in the same directory, as under /etc/asterisk. */
    public static AsteriskConfig read(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        IncludeSource includes = name -> {
            Path p = dir.resolve(name);
            return Files.isRegularFile(p)
                    ? Optional.of(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)))
                    : Optional.empty();
        };
        return parse(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)), includes);
    }

    /** Every section, templates included, in file order. */
    public List<ConfigSection> sections() {
        return sections;
    }

    /** The sections named {@code name} (PJSIP, for one, gives an endpoint and its aor the same name). */
    public List<ConfigSection> sections(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The first section of that name whose {@code type} is {@code type} (for type-keyed files like pjsip.conf). */
    public Optional<ConfigSection> section(String name, String type) {
        return sections(name).stream().filter(s -> s.value("type").map(type::equalsIgnoreCase).orElse(false))
                .findFirst();
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** Parses one file (and its includes) line by line; used by one thread. */
    private static final class Parser {
        private final IncludeSource includes;
        private final List<Builder> sections = new ArrayList<>();
        private final List<ConfigProblem> problems = new ArrayList<>();
        private Builder current;

        Parser(IncludeSource includes) {
            this.includes = includes;
        }

        void file(Source source, int depth) {
            boolean[] inBlockComment = {false};
            String[] lines = source.text().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String text = stripComment(lines[i], inBlockComment);
                int start = firstNonBlank(text);
                if (start < 0) {
                    continue;
                }
                ConfigPosition at = new ConfigPosition(source.file(), i + 1, start + 1);
                String line = text.strip();
                if (line.startsWith("[")) {
                    section(line, at);
                } else if (line.startsWith("#")) {
                    directive(line, at, depth);
                } else {
                    entry(line, at);
                }
            }
        }

        private void section(String line, ConfigPosition at) {
            int close = line.indexOf(']');
            if (close < 0) {
                problem(at, "parse error: no closing ']'");
                return;
            }
            String name = line.substring(1, close);
            String rest = line.substring(close + 1).strip();
            Builder b = new Builder(name, at);
            if (rest.startsWith("(")) {
                int end = rest.indexOf(')');
                if (end < 0) {
                    problem(at, "parse error: no closing ')'");
                    return;
                }
                for (String option : rest.substring(1, end).split(",")) {
                    if (!option(b, option.strip(), at)) {
                        return;
                    }
                }
            }
            if (!b.appendTo) {
                sections.add(b);
                current = b;
            }
        }

        /** Applies one {@code (option)} of a section header; false when the section cannot be made. */
        private boolean option(Builder b, String option, ConfigPosition at) {
            if (option.equals("!")) {
                b.template = true;
            } else if (option.equals("+")) {
                Builder existing = last(b.name);
                if (existing == null) {
                    problem(at, "Category addition requested, but category '" + b.name + "' does not exist");
                    return false;
                }
                b.appendTo = true;
                current = existing;
            } else if (!option.isEmpty()) {
                Builder parent = last(option);
                if (parent == null) {
                    problem(at, "Inheritance requested, but category '" + option + "' does not exist");
                    return false;
                }
                b.templates.add(option);
                b.entries.addAll(parent.entries);
            }
            return true;
        }

        private void directive(String line, ConfigPosition at, int depth) {
            String[] parts = line.substring(1).split("\\s+", 2);
            String kind = parts[0];
            String arg = parts.length > 1 ? unquote(parts[1].strip()) : "";
            if (kind.equalsIgnoreCase("exec")) {
                problem(at, "#exec runs a program at load time; not supported in callbot's files");
                return;
            }
            if (!kind.equalsIgnoreCase("include") && !kind.equalsIgnoreCase("tryinclude")) {
                problem(at, "Unknown directive '#" + kind + "'");
                return;
            }
            if (arg.isEmpty()) {
                problem(at, "Directive '#" + kind + "' needs an argument (filename)");
                return;
            }
            if (depth >= MAX_INCLUDE_DEPTH) {
                problem(at, "#include nested deeper than " + MAX_INCLUDE_DEPTH + " files: " + arg);
                return;
            }
            try {
                Optional<Source> included = includes.open(arg);
                if (included.isPresent()) {
                    file(included.get(), depth + 1);
                } else if (kind.equalsIgnoreCase("include")) {
                    problem(at, "#include " + arg + ": no such file");
                }
            } catch (IOException e) {
                problem(at, "#include " + arg + ": cannot read: " + e.getMessage());
            }
        }

        private void entry(String line, ConfigPosition at) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                problem(at, "No '=' (equal sign) in line");
                return;
            }
            if (current == null) {
                problem(at, "parse error: No category context for line");
                return;
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1);
            if (value.startsWith(">")) {
                value = value.substring(1);
            }
            if (name.isEmpty()) {
                problem(at, "a line with '=' but no name");
                return;
            }
            current.entries.add(new ConfigEntry(name, value.strip(), at));
        }

        private Builder last(String name) {
            for (int i = sections.size() - 1; i >= 0; i--) {
                if (sections.get(i).name.equals(name)) {
                    return sections.get(i);
                }
            }
            return null;
        }

        private void problem(ConfigPosition at, String message) {
            problems.add(new ConfigProblem(at, message));
        }

        List<ConfigSection> built() {
            return sections.stream().map(Builder::build).toList();
        }
    }

    /** A section being read. */
    private static final class Builder {
        final String name;
        final ConfigPosition at;
        final List<String> templates = new ArrayList<>();
        final List<ConfigEntry> entries = new ArrayList<>();
        boolean template;
        boolean appendTo;

        Builder(String name, ConfigPosition at) {
            this.name = name;
            this.at = at;
        }

        ConfigSection build() {
            return new ConfigSection(name, template, templates, entries, at);
        }
    }

    /**
     * The line without its comment: {@code ;} to the end of the line, {@code ;-- ... --;} across lines, with
     * {@code \;} kept as a literal semicolon (config.c removes the backslash the same way).
     */
    static String stripComment(String line, boolean[] inBlockComment) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            if (inBlockComment[0]) {
                int end = line.indexOf("--;", i);
                if (end < 0) {
                    return out.toString();
                }
                inBlockComment[0] = false;
                i = end + 3;
                continue;
            }
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ';') {
                out.append(';');
                i += 2;
            } else if (c == ';') {
                if (line.startsWith(";--", i)) {
                    inBlockComment[0] = true;
                    i += 3;
                } else {
                    return out.toString();
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int firstNonBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("<") && s.endsWith(">")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
