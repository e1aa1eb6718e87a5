package io.callbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the package rules of DESIGN.md §2 true: who may use which library, and which callbot package. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.callbot");
    }

    /** Each third-party library and the only packages (besides app, which wires everything) allowed to touch it. */
    static Stream<Arguments> libraryOwners() {
        return Stream.of(
                Arguments.of("org.asteriskjava..", List.of("dial")),
                Arguments.of("org.quartz..", List.of("schedule")),
                Arguments.of("org.vosk..", List.of("asr")),
                Arguments.of("marytts..", List.of("tts")),
                Arguments.of("io.netty..", List.of("media", "api", "sim")),
                Arguments.of("org.flywaydb..", List.of("customer")),
                Arguments.of("org.apache.commons.codec..", List.of("nlu")));
    }

    @ParameterizedTest(name = "{0} only from {1}")
    @MethodSource("libraryOwners")
    void libraryIsUsedOnlyByItsOwner(String library, List<String> owners) {
        List<String> allowed = new ArrayList<>();
        allowed.add("io.callbot.app..");
        owners.forEach(o -> allowed.add("io.callbot." + o + ".."));
        noClasses().that().resideOutsideOfPackages(allowed.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(library)
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Which callbot packages each package may import (its own and config always). */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("config", List.of()),
            Map.entry("nlu", List.of()),
            Map.entry("dialog", List.of("nlu")),
            Map.entry("pbx", List.of()),
            Map.entry("campaign", List.of("dialog", "nlu", "pbx")),
            Map.entry("customer", List.of("campaign", "dialog")),
            Map.entry("dial", List.of()),
            Map.entry("media", List.of()),
            Map.entry("asr", List.of()),
            Map.entry("tts", List.of()),
            Map.entry("webhook", List.of()),
            Map.entry("schedule", List.of("campaign", "customer", "dial", "dialog")),
            Map.entry("call", List.of("campaign", "customer", "dialog", "media", "asr", "tts", "dial", "webhook", "pbx")),
            Map.entry("api", List.of("campaign", "customer", "schedule", "webhook", "call", "dial", "dialog")),
            Map.entry("sim", List.of("pbx")));

    static Stream<Arguments> packageRules() {
        return ALLOWED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} may import {1}")
    @MethodSource("packageRules")
    void packageImportsOnlyWhatDesignAllows(String pkg, List<String> mayImport) {
        List<String> forbidden = new ArrayList<>();
        for (String other : ALLOWED.keySet()) {
            if (!other.equals(pkg) && !other.equals("config") && !mayImport.contains(other)) {
                forbidden.add("io.callbot." + other + "..");
            }
        }
        forbidden.add("io.callbot.app..");
        noClasses().that().resideInAPackage("io.callbot." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @org.junit.jupiter.api.Test
    void dialogEngineIsPureJava() {
        classes().that().resideInAPackage("io.callbot.dialog..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.callbot.dialog..",
                        "io.callbot.nlu..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Understanding is computation: no I/O, threads or network; phonetics and its own file format only. */
    @org.junit.jupiter.api.Test
    void understandingIsPure() {
        classes().that().resideInAPackage("io.callbot.nlu..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.io..",
                        "io.callbot.nlu..", "org.apache.commons.codec..", "org.yaml.snakeyaml..")
                .check(classes);
    }
}
