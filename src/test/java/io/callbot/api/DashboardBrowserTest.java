package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The console in headless Chromium over the fixture's in-memory ports (fast; the full flows against a real server
 * are in {@code app.ConsoleBrowserTest}): a token in the URL logs in and leaves the address bar, campaigns read in
 * words with their versions, funnel definitions and the errors of a rejected edit, the no-match report lists
 * callers' answers per state, and a call page shows transcript fields it does not know yet.
 */
public class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void campaignsAndTheNoMatchReportReadInWords() throws Exception {
        Path chromium = HeadlessChromium.binary().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        try (ApiHarness api = new ApiHarness();
             HeadlessChromium browser = new HeadlessChromium(chromium,
                     api.uri("/#token=" + api.fixture.token(Fixture.ACME)).toString())) {
            await().atMost(WAIT).until(() -> loaded(browser));
            assertThat(browser.eval("location.hash").asText()).as("token removed from the URL")
                    .isEqualTo("#/campaigns");
            assertThat(browser.eval("[...document.querySelectorAll('article.campaign')].map(a => a.id).join()")
                    .asText())
                    .isEqualTo("campaign-camp-acme,campaign-camp-acme-east");
            String card = "document.querySelector('#campaign-camp-acme')";
            assertThat(browser.eval(card + ".querySelector('.version').textContent").asText())
                    .matches("edited .+ \\(v1\\)");
            assertThat(browser.eval(card + ".querySelector('.window').textContent").asText())
                    .isEqualTo("Customers are called 09:00–20:00 their local time, Monday to Friday");
            assertThat(browser.eval(card + ".querySelector('.schedule').textContent").asText())
                    .contains("every 5 minutes").contains("America/New_York");
            assertThat(browser.eval(card + ".querySelector('[data-stage=answered] .stage-count').textContent").asText())
                    .isEqualTo("50");
            assertThat(browser.eval(card + ".querySelector('[data-stage=answered] .tip').textContent").asText())
                    .contains("picked up");
            assertThat(browser.eval("document.querySelector('#resume-camp-acme').disabled").asBoolean()).isTrue();
            assertThat(browser.eval("document.querySelector('#pause-camp-acme').disabled").asBoolean()).isFalse();
            assertThat(browser.eval("document.querySelector('#campaign-camp-acme-east .rejected').textContent")
                    .asText())
                    .contains("was rejected").contains("v2 keeps running").contains(Fixture.REJECTED_EDIT);
            assertThat(browser.eval("!!document.querySelector('#campaign-camp-acme .rejected')").asBoolean()).isFalse();
            assertThat(browser.eval("document.getElementById('tenant').hidden").asBoolean())
                    .as("a merchant with a sub-merchant can switch").isFalse();

            browser.eval("location.hash = '#/no-match?campaign=camp-acme-east'");
            await().atMost(WAIT).until(() -> loaded(browser) && "no-match".equals(
                    browser.eval("document.body.dataset.page").asText()));
            assertThat(browser.eval("document.querySelector('#no-match [data-state=greeting]').textContent").asText())
                    .contains("what is this about").contains("3");

            // a newer server adds fields to transcript lines (a second recognition pass): shown, not dropped
            browser.eval("{ const real = window.fetch; window.fetch = async (url, init) => { const res = await"
                    + " real(url, init); if (!String(url).match(/\\/calls\\/[0-9a-f-]{36}$/)) { return res; }"
                    + " const body = await res.json(); body.transcript.forEach(t => { if (t.speaker !== 'robot') {"
                    + " t.freeFormText = 'yes I am interested in it'; t.intentConfidence = 0.92; } });"
                    + " return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });"
                    + " }; }");
            browser.eval("location.hash = '#/calls/" + api.fixture.callIds.get("acme") + "'");
            await().atMost(WAIT).until(() -> loaded(browser)
                    && browser.eval("location.hash").asText().contains("/calls/"));
            String customerLine = browser.eval("document.querySelector('#transcript tr.customer').textContent")
                    .asText();
            assertThat(customerLine).contains("yes I am interested").contains("free form text")
                    .contains("yes I am interested in it").contains("intent confidence").contains("0.92");
        }
    }

    /** Whether the page finished rendering; fails at once with the console's error message when it shows one. */
    public static boolean loaded(HeadlessChromium browser) {
        String error = browser.eval("document.getElementById('status')?.textContent ?? ''").asText();
        if (!error.isEmpty()) {
            throw new AssertionError("the console shows an error: " + error);
        }
        return "true".equals(browser.eval("document.body?.dataset.loaded ?? ''").asText());
    }
}
