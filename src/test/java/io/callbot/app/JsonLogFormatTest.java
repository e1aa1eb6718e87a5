package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** {@code log.json: true}: the shipped logback.xml writes one JSON object per line with the formatted message. */
@Tag("unit")
class JsonLogFormatTest {

    @Test
    void aJsonLineCarriesTheFormattedMessageAndTheMdcAsFields() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        LoggerContext context = new LoggerContext();
        ch.qos.logback.classic.util.LogbackMDCAdapter mdc = new ch.qos.logback.classic.util.LogbackMDCAdapter();
        context.setMDCAdapter(mdc);
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            context.putProperty("callbot.log.format", "JSON");
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(getClass().getClassLoader().getResource("logback.xml"));
            Logger log = context.getLogger("io.callbot.schedule.CampaignTick");
            mdc.put("campaign", "winback-coupon");
            log.info("tick campaign={} candidates={} launched={}", "winback-coupon", 200, 7);
        } finally {
            mdc.remove("campaign");
            context.stop();
            System.setErr(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8).strip();
        assertThat(out.lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(out);
        assertThat(line.get("message").asText()).isEqualTo("tick campaign=winback-coupon candidates=200 launched=7");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger_name").asText()).isEqualTo("io.callbot.schedule.CampaignTick");
        assertThat(line.get("campaign").asText()).isEqualTo("winback-coupon");
        assertThat(line.has("@timestamp")).isTrue();
    }
}
