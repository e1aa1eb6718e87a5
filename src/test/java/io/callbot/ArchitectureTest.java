package io.callbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps docs/architecture.md §2 true: which package owns each third-party library, which callbot packages each
 * package imports (the real import graph, pinned: a new edge is a decision, made here and in the document), and
 * no cycles between packages.
 */
@Tag("unit")
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.callbot");
    }

    /**
     * Each third-party library (and JDK module outside the everyday ones) with the only packages that use it.
     * {@link #everyLibraryHasAnOwner} fails on a library missing here.
     */
    static final Map<String, List<String>> LIBRARY_OWNERS = Map.ofEntries(
            Map.entry("org.asteriskjava..", List.of("dial")),
            Map.entry("org.quartz..", List.of("schedule")),
            Map.entry("org.vosk..", List.of("asr")),
            Map.entry("marytts..", List.of("tts")),
            // MaryTTS logs through the log4j 1.2 API; tts bridges it to SLF4J
            Map.entry("org.apache.log4j..", List.of("tts")),
            Map.entry("io.netty..", List.of("media", "api", "sim")),
            Map.entry("org.flywaydb..", List.of("customer", "store")),
            Map.entry("com.zaxxer.hikari..", List.of("store")),
            Map.entry("org.postgresql..", List.of("customer")),
            Map.entry("org.apache.commons.codec..", List.of("nlu")),
            Map.entry("org.apache.commons.csv..", List.of("customer", "api")),
            Map.entry("org.apache.commons.text..", List.of("campaign", "config")),
            Map.entry("com.google.i18n.phonenumbers..", List.of("customer", "schedule", "tts")),
            Map.entry("com.fasterxml.jackson..", List.of("api", "asr", "call", "cli", "customer", "simulate", "webhook")),
            Map.entry("org.yaml.snakeyaml..", List.of("campaign", "config", "nlu")),
            Map.entry("picocli..", List.of("cli")),
            Map.entry("io.micrometer..", List.of("api", "app")),
            // app: the logback turbo filter logback.xml installs; demo: the demo's log file
            Map.entry("ch.qos.logback..", List.of("app", "demo")),
            Map.entry("java.net.http..", List.of("webhook")),
            // the demo's local CRM receiver
            Map.entry("com.sun.net.httpserver..", List.of("demo")),
            // SIGTERM handling of serve
            Map.entry("sun.misc..", List.of("cli")),
            Map.entry("javax.sound..", List.of("audio", "sim")));

    /** What every package may use without an owner: the JDK's everyday packages, JDBC, SLF4J and callbot itself. */
    private static final String[] UNOWNED = {"java.lang..", "java.util..", "java.io..", "java.nio..", "java.time..",
            "java.math..", "java.text..", "java.net", "java.security..", "javax.crypto..", "java.sql..", "javax.sql..",
            "org.slf4j..", "io.callbot.."};

    /**
     * Single classes of an owned library that more packages may use, with those packages (besides the library's
     * owners). The library's own rule leaves these classes to this one.
     */
    static final Map<String, List<String>> CLASS_USERS = Map.ofEntries(
            // the campaign validator checks schedule.cron with the parser the scheduler runs it with
            Map.entry("org.quartz.CronExpression", List.of("campaign")));

    static Stream<Arguments> libraryOwners() {
        return LIBRARY_OWNERS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} only from {1}")
    @MethodSource("libraryOwners")
    void libraryIsUsedOnlyByItsOwners(String library, List<String> owners) {
        String[] allowed = owners.stream().map(o -> "io.callbot." + o + "..").toArray(String[]::new);
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(library)
                        .and(DescribedPredicate.describe("not one of " + CLASS_USERS.keySet(),
                                c -> !CLASS_USERS.containsKey(c.getName()))))
                .check(classes);
        // an owner that no longer uses its library is a stale entry: drop it here and in the document
        for (String owner : owners) {
            assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("io.callbot." + owner))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> inPackage(d.getTargetClass(), library)))
                    .as("%s still uses %s", owner, library).isTrue();
        }
    }

    static Stream<Arguments> classUsers() {
        return CLASS_USERS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} only from its library's owners and {1}")
    @MethodSource("classUsers")
    void libraryClassIsUsedOnlyByItsUsers(String className, List<String> users) {
        List<String> allowed = new ArrayList<>(users);
        LIBRARY_OWNERS.entrySet().stream().filter(e -> className.startsWith(e.getKey().replace("..", ".")))
                .forEach(e -> allowed.addAll(e.getValue()));
        noClasses().that().resideOutsideOfPackages(allowed.stream().map(p -> "io.callbot." + p + "..")
                        .toArray(String[]::new))
                .should().dependOnClassesThat().haveFullyQualifiedName(className)
                .check(classes);
        for (String user : users) {
            assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("io.callbot." + user))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> d.getTargetClass().getName().equals(className)))
                    .as("%s still uses %s", user, className).isTrue();
        }
    }

    @Test
    void everyLibraryHasAnOwner() {
        List<String> known = new ArrayList<>(List.of(UNOWNED));
        known.addAll(LIBRARY_OWNERS.keySet());
        classes().that().resideInAPackage("io.callbot..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(known.toArray(String[]::new))
                .check(classes);
    }

    /**
     * The callbot packages each package imports, besides itself and {@code config} (settings records, imported
     * anywhere). {@code cli} is the entry point and is imported by nothing; {@code app} assembles the server and is
     * imported only by the commands that run one ({@code cli}, {@code demo}).
     */
    static final Map<String, List<String>> IMPORTS = Map.ofEntries(
            Map.entry("config", List.of()),
            Map.entry("store", List.of()),
            Map.entry("nlu", List.of()),
            Map.entry("dialog", List.of("nlu")),
            Map.entry("pbx", List.of()),
            Map.entry("campaign", List.of("dialog", "nlu", "pbx")),
            Map.entry("customer", List.of("campaign", "store")),
            Map.entry("dial", List.of()),
            Map.entry("media", List.of("audio")),
            Map.entry("asr", List.of("audio")),
            Map.entry("tts", List.of("audio")),
            Map.entry("webhook", List.of("store")),
            Map.entry("schedule", List.of("campaign", "dial", "dialog", "store")),
            Map.entry("call", List.of("asr", "audio", "campaign", "dial", "dialog", "media", "pbx", "tts",
                    "webhook")),
            Map.entry("launch", List.of("call", "campaign", "customer", "dial", "dialog", "schedule", "webhook")),
            Map.entry("api", List.of("call", "campaign", "customer", "dialog", "launch", "schedule", "store",
                    "webhook")),
            Map.entry("sim", List.of("pbx")),
            Map.entry("simulate", List.of("asr", "audio", "call", "campaign", "customer", "dialog", "media", "nlu",
                    "sim", "tts")),
            Map.entry("app", List.of("api", "asr", "call", "campaign", "customer", "dial", "launch", "media", "nlu",
                    "schedule", "sim", "simulate", "store", "tts", "webhook")),
            Map.entry("demo", List.of("app", "call", "campaign", "customer", "schedule", "sim", "store", "webhook")),
            Map.entry("cli", List.of("api", "app", "call", "campaign", "customer", "demo", "dialog", "launch",
                    "schedule", "sim", "simulate", "store", "webhook")),
            Map.entry("audio", List.of()));

    static Stream<Arguments> packageImports() {
        return IMPORTS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} imports {1}")
    @MethodSource("packageImports")
    void packageImportsExactlyWhatTheDocumentSays(String pkg, List<String> imports) {
        assertThat(actualImports().getOrDefault(pkg, Set.of())).as("callbot packages that %s imports", pkg)
                .containsExactlyInAnyOrderElementsOf(imports);
    }

    @Test
    void everyPackageIsInTheImportTable() {
        assertThat(IMPORTS.keySet()).containsExactlyInAnyOrderElementsOf(topPackages());
    }

    /**
     * docs/architecture.md carries the package graph rendered from the code (Mermaid); run this test with
     * {@code -Darchitecture.write=true} to rewrite it after a change to the graph.
     */
    @Test
    void theDocumentsPackageGraphIsTheCodes() throws java.io.IOException {
        java.nio.file.Path doc = java.nio.file.Path.of("docs", "architecture.md");
        String text = java.nio.file.Files.readString(doc);
        int begin = text.indexOf(GRAPH_BEGIN);
        int end = text.indexOf(GRAPH_END);
        assertThat(begin).as("%s in %s", GRAPH_BEGIN, doc).isNotNegative();
        assertThat(end).as("%s in %s", GRAPH_END, doc).isGreaterThan(begin);
        String rendered = renderGraph();
        String current = text.substring(begin + GRAPH_BEGIN.length(), end);
        if (Boolean.getBoolean("architecture.write")) {
            java.nio.file.Files.writeString(doc, text.substring(0, begin + GRAPH_BEGIN.length()) + rendered
                    + text.substring(end));
            return;
        }
        assertThat(current).as("the package graph in %s (rewrite it: mvn test -Dtest=ArchitectureTest"
                + " -Darchitecture.write=true)", doc).isEqualTo(rendered);
    }

    private static final String GRAPH_BEGIN = "<!-- package graph: generated by ArchitectureTest -->";
    private static final String GRAPH_END = "<!-- end of package graph -->";

    /** The packages that import nearly everything (the entry point and the assembly): a line of text each. */
    private static final List<String> TOP = List.of("cli", "app");

    /** The import graph as a Mermaid flowchart; the {@link #TOP} packages as lines of their own. */
    static String renderGraph() {
        StringBuilder out = new StringBuilder("\n```mermaid\nflowchart TD\n");
        actualImports().forEach((from, tos) -> {
            if (!TOP.contains(from)) {
                tos.forEach(to -> out.append("    ").append(from).append(" --> ").append(to).append('\n'));
            }
        });
        out.append("```\n\n");
        for (String top : TOP) {
            out.append('`').append(top).append("` imports ").append(String.join(", ", actualImports().get(top)))
                    .append(";\n");
        }
        out.append("every package may import `config`.\n");
        return out.toString();
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.callbot.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void dialogEngineIsPureJava() {
        classes().that().resideInAPackage("io.callbot.dialog..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.callbot.dialog..",
                        "io.callbot.nlu..")
                .check(classes);
    }

    /** Understanding is computation: no I/O, threads or network; phonetics and its own file format only. */
    @Test
    void understandingIsPure() {
        classes().that().resideInAPackage("io.callbot.nlu..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.io..",
                        "io.callbot.nlu..", "org.apache.commons.codec..", "org.yaml.snakeyaml..")
                .check(classes);
    }

    /** Top-level callbot package -> the other top-level callbot packages (config aside) its classes use. */
    static Map<String, Set<String>> actualImports() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = top(c.getPackageName());
            if (from == null) {
                continue;
            }
            graph.computeIfAbsent(from, k -> new TreeSet<>());
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String to = top(d.getTargetClass().getPackageName());
                if (to != null && !to.equals(from) && !to.equals("config")) {
                    graph.get(from).add(to);
                }
            });
        }
        return graph;
    }

    private static Set<String> topPackages() {
        Set<String> tops = new TreeSet<>();
        classes.forEach(c -> {
            String top = top(c.getPackageName());
            if (top != null) {
                tops.add(top);
            }
        });
        return tops;
    }

    /** {@code dialog} for {@code io.callbot.dialog.engine}; null outside callbot's packages. */
    private static String top(String pkg) {
        if (!pkg.startsWith("io.callbot.")) {
            return null;
        }
        String rest = pkg.substring("io.callbot.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inPackage(JavaClass target, String library) {
        String prefix = library.substring(0, library.length() - 2);
        JavaClass base = target.isArray() ? target.getBaseComponentType() : target;
        return base.getPackageName().equals(prefix) || base.getPackageName().startsWith(prefix + ".");
    }
}
