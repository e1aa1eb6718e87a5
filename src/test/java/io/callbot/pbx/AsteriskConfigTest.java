package io.callbot.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The config-file syntax as Asterisk's main/config.c reads it, including what it refuses. */
@Tag("unit")
class AsteriskConfigTest {

    private static AsteriskConfig parse(String text) {
        return AsteriskConfig.parse(new AsteriskConfig.Source("t.conf", text), AsteriskConfig.IncludeSource.NONE);
    }

    @Test
    void sectionsEntriesAndComments() {
        AsteriskConfig c = parse("""
                ; a comment
                [one]
                key = value ; trailing comment
                obj => a,b=c
                semi = a\\;b
                ;-- a block
                comment = no --; after = yes
                """);
        assertThat(c.problems()).isEmpty();
        ConfigSection one = c.sections("one").get(0);
        assertThat(one.value("key")).contains("value");
        assertThat(one.value("obj")).contains("a,b=c");
        assertThat(one.value("semi")).contains("a;b");
        assertThat(one.value("comment")).isEmpty();
        assertThat(one.value("after")).contains("yes");
        assertThat(one.all("key").get(0).at()).hasToString("t.conf:3:1");
    }

    @Test
    void templatesAreInheritedAndAdditionsAppend() {
        AsteriskConfig c = parse("""
                [tmpl](!)
                type = endpoint
                allow = ulaw
                [trunk](tmpl)
                allow = alaw
                [trunk](+)
                context = in
                """);
        assertThat(c.problems()).isEmpty();
        assertThat(c.sections("tmpl").get(0).template()).isTrue();
        ConfigSection trunk = c.sections("trunk").get(0);
        assertThat(c.sections("trunk")).hasSize(1);
        assertThat(trunk.templates()).containsExactly("tmpl");
        assertThat(trunk.value("type")).contains("endpoint");
        assertThat(trunk.value("allow")).as("the later line overrides").contains("alaw");
        assertThat(trunk.value("context")).contains("in");
        assertThat(c.section("trunk", "endpoint")).isPresent();
    }

    @Test
    void reportsWhatAsteriskRefusesWithPositions() {
        AsteriskConfig c = parse("""
                orphan = 1
                [broken
                [ok](missing)
                [ok2]
                  no equal sign
                [ok3](+)
                #exec /bin/true
                """);
        assertThat(c.problems()).extracting(Object::toString).containsExactly(
                "t.conf:1:1: parse error: No category context for line",
                "t.conf:2:1: parse error: no closing ']'",
                "t.conf:3:1: Inheritance requested, but category 'missing' does not exist",
                "t.conf:5:3: No '=' (equal sign) in line",
                "t.conf:6:1: Category addition requested, but category 'ok3' does not exist",
                "t.conf:7:1: #exec runs a program at load time; not supported in callbot's files");
    }

    @Test
    void includesAreReadInPlaceAndMissingOnesReported() {
        Map<String, String> files = Map.of("inc.conf", "[inc]\na = 1\n");
        AsteriskConfig.IncludeSource source = name -> Optional.ofNullable(files.get(name))
                .map(t -> new AsteriskConfig.Source(name, t));
        AsteriskConfig c = AsteriskConfig.parse(new AsteriskConfig.Source("main.conf",
                "[main]\nx = 1\n#include \"inc.conf\"\n#include nope.conf\n#tryinclude nope.conf\n"), source);
        assertThat(c.sections()).extracting(ConfigSection::name).containsExactly("main", "inc");
        assertThat(c.sections("inc").get(0).all("a").get(0).at()).hasToString("inc.conf:2:1");
        assertThat(c.problems()).extracting(Object::toString).containsExactly("main.conf:4:1: #include nope.conf: no such file");
    }
}
