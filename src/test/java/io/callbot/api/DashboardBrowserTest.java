package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in headless Chromium against a real {@link ApiServer}: logs in with a token, shows the tenant's
 * campaigns with funnels and live calls, pauses a campaign by clicking, and opens a call's transcript and recording.
 */
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void operatorClicksThroughTheDashboard() throws Exception {
        Path chromium = HeadlessChromium.binary().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        try (ApiHarness api = new ApiHarness();
             HeadlessChromium browser = new HeadlessChromium(chromium,
                     api.uri("/#token=" + api.fixture.token(Fixture.ACME)).toString())) {
            await().atMost(WAIT).until(() -> "true".equals(browser.eval("document.body?.dataset.loaded ?? ''").asText()));
            assertThat(browser.eval("location.hash").asText()).as("token removed from the URL").isEmpty();
            assertThat(browser.eval("document.querySelector('#state-camp-acme').textContent").asText())
                    .isEqualTo("RUNNING");
            assertThat(browser.eval("!!document.querySelector('#campaign-camp-acme-east')").asBoolean()).isTrue();
            assertThat(browser.eval("!!document.querySelector('#campaign-camp-globex')").asBoolean()).isFalse();
            assertThat(browser.eval("document.querySelectorAll('#funnel-camp-acme rect').length").asInt()).isEqualTo(7);
            assertThat(browser.eval("document.querySelectorAll('#live-calls tr.live-call').length").asInt()).isEqualTo(2);

            browser.eval("document.querySelector('#pause-camp-acme').click()");
            await().atMost(WAIT).until(() -> api.fixture.campaigns.get("camp-acme").state().equals("PAUSED"));
            await().atMost(WAIT).until(() -> browser.eval(
                    "document.querySelector('#state-camp-acme')?.textContent ?? ''").asText().equals("PAUSED"));

            String call = api.fixture.callIds.get("acme").toString();
            browser.eval("document.querySelector('#call-" + call + "').click()");
            await().atMost(WAIT).until(() -> browser.eval(
                    "document.querySelector('#recording')?.src ?? ''").asText().startsWith("blob:"));
            assertThat(browser.eval("document.querySelectorAll('#transcript li').length").asInt()).isEqualTo(2);
            assertThat(browser.eval("document.querySelector('#transcript').textContent").asText())
                    .contains("yes I am interested");
            assertThat(browser.eval("document.querySelector('#recording').hidden").asBoolean()).isFalse();
        }
    }
}
