package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.callbot.api.HeadlessChromium;
import io.callbot.api.JdbcTenantStore;
import io.callbot.api.JdbcTokenStore;
import io.callbot.api.Json;
import io.callbot.api.TokenRole;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.campaign.VoiceSettings;
import io.callbot.config.ServerConfig;
import io.callbot.customer.CustomerStore;
import io.callbot.demo.DemoCampaign;
import io.callbot.demo.DemoCrmReceiver;
import io.callbot.demo.DemoCustomers;
import io.callbot.demo.DemoReport;
import io.callbot.sim.Behaviour;
import io.callbot.sim.Persona;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.PersonaMixes;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.webhook.SecretResolver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The console in headless Chromium against one real server with the simulated PBX (AMI, AudioSocket, Vosk,
 * MaryTTS, all real), shared by the steps below in order: log in, watch live calls change state, compare the funnel
 * of the demo summary, the API and the console, pause / resume / confirm a cancel, filter, search and export calls,
 * open a call and play its recording, keyboard navigation and a phone-sized screen, switch to a sub-merchant.
 * With {@code -Dconsole.screenshots=docs/images} it also saves a screenshot of each page there (see README).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CAMPAIGN = "winback-coupon";
    private static final int AUDIENCE = 6;

    private static Path dir;
    private static DemoCrmReceiver crm;
    private static CallbotServer server;
    private static Campaign campaign;
    private static HeadlessChromium browser;
    private static String token;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = HeadlessChromium.binary().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        String shots = System.getProperty("console.screenshots", "");
        screenshots = shots.isBlank() ? null : Path.of(shots);
        dir = Files.createTempDirectory("console-test");
        LoadResult loaded = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml"));
        assertThat(loaded.errors()).isEmpty();
        String secret = UUID.randomUUID().toString();
        crm = new DemoCrmReceiver(secret);
        campaign = recorded(DemoCampaign.runNow(loaded.campaign(), crm.url(), 3), CAMPAIGN, "acme-shop");
        Campaign east = recorded(campaign, "winback-east", "acme-east");
        // DemoCustomers numbers the audience +12125551000, +12125551001, ... in creation order
        PersonaBook personas = PersonaBook.always(Persona.of(Behaviour.NO_ANSWER, Duration.ofSeconds(3), Duration.ZERO))
                .assign("+12125551000", PersonaMixes.talker("interested", "yes", "no thanks"))
                .assign("+12125551001", PersonaMixes.talker("not interested", "no thanks", "no"))
                .assign("+12125551002", Persona.of(Behaviour.BUSY, Duration.ofSeconds(1), Duration.ZERO))
                .assign("+12125551003", PersonaMixes.talker("mumbles", "what is this about", "no thanks", "no"))
                .assign("+12125551004", PersonaMixes.talker("interested too", "yes", "no thanks"));
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("CALLBOT_DATA_DIR", dir.toString(),
                "CALLBOT_AMI_SIMULATED", "true", "CALLBOT_MEDIA_PORT", "0", "CALLBOT_MEDIA_BIND", "127.0.0.1",
                "CALLBOT_API_PORT", "0", "CALLBOT_NODE_ID", "console-" + secret.substring(0, 8)));
        // the tenancy tree first: the server makes a campaign's unknown tenant a merchant of its own
        try (Database db = Database.open(DatabaseSettings.embedded(dir.resolve("callbot").toAbsolutePath().toString()))) {
            JdbcTenantStore tenants = new JdbcTenantStore(db.dataSource());
            tenants.create("acme-shop", "platform");
            tenants.create("acme-east", "acme-shop");
            token = new JdbcTokenStore(db.dataSource(), Clock.systemUTC()).create("acme-shop", TokenRole.ADMIN).token();
        }
        server = CallbotServer.start(config, new CallbotServer.Options(personas, null,
                SecretResolver.of(Map.of(DemoCampaign.SECRET_ENV, secret)), List.of(campaign, east)));
        browser = new HeadlessChromium(chromium, url("/"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (crm != null) {
            crm.close();
        }
    }

    /** The campaign as another id and tenant, with call recording on. */
    private static Campaign recorded(Campaign c, String id, String tenant) {
        VoiceSettings v = c.voice();
        return new Campaign(id, c.name(), c.kind(), tenant, c.version(), c.source(), c.priority(), c.audience(),
                c.schedule(), c.dial(), new VoiceSettings(v.ttsVoice(), v.language(), v.asrModel(), v.promptsDir(), true),
                c.dialog(), c.outcomes(), c.webhook(), c.data());
    }

    @Test
    @Order(1)
    void theLoginPageSaysWhereTokensComeFromAndRefusesABadOne() throws Exception {
        await().atMost(WAIT).until(() -> js("document.getElementById('login-view')?.hidden === false").asBoolean());
        assertThat(text("#login-view")).contains("./callbot tokens create --tenant").contains("sub-merchants");
        shoot("login");
        submitToken("cbt_not-a-real-token");
        await().atMost(WAIT).until(() -> text("#login-error").contains("refused"));
        submitToken(token);
        waitForPage("campaigns");
        assertThat(text("#whoami")).contains("acme-shop");
        assertThat(js("sessionStorage.getItem('callbot.token') === " + quote(token)).asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void liveCallsChangeStateAsTheyHappen() throws Exception {
        go("#/live");
        waitForPage("live");
        assertThat(js("document.getElementById('no-live-calls').hidden").asBoolean()).isFalse();
        assertThat(text("#no-live-calls")).isEqualTo("No live calls right now.");
        int audience = DemoCustomers.create(new CustomerStore(server.database().dataSource(), Clock.systemUTC()),
                "acme-shop", AUDIENCE + 2, AUDIENCE, DemoCustomers.daytimeZones(Instant.now()),
                PersonaBook.always(PersonaMixes.talker("unused")), Instant.now());
        assertThat(audience).isEqualTo(AUDIENCE);

        Map<String, Set<String>> seen = new HashMap<>();
        boolean[] shot = {false};
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(150)).until(() -> {
            for (JsonNode row : js("[...document.querySelectorAll('#live-calls tr.live-call')].map(r => ({id: r.id,"
                    + " state: r.querySelector('.live-state').textContent, who: r.cells[0].textContent}))")) {
                seen.computeIfAbsent(row.path("id").asText(), k -> new HashSet<>()).add(row.path("state").asText());
                assertThat(row.path("who").asText()).as("a name and a masked phone").contains("\u2022");
                if (!shot[0] && row.path("state").asText().startsWith("talking")) {
                    shot[0] = true;
                    shoot("live");
                }
            }
            return seen.values().stream().anyMatch(states -> states.size() >= 3);
        });
        assertThat(js("Number(document.body.dataset.liveUpdates)").asInt()).as("pushed, not reloaded")
                .isGreaterThan(2);
        assertThat(js("document.getElementById('no-live-calls').hidden").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void theFunnelIsTheSameInTheDemoSummaryTheApiAndTheConsole() throws Exception {
        DemoReport report = new DemoReport(server, campaign, crm);
        assertThat(report.waitForCalls(AUDIENCE, Duration.ofMinutes(4),
                new PrintStream(java.io.OutputStream.nullOutputStream()))).as("every call settled").isTrue();
        await().atMost(WAIT).until(() -> !js("document.getElementById('no-live-calls').hidden").asBoolean());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8), AUDIENCE);
        Map<String, Long> demo = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^  (targeted|dialed|answered|human|completed|converted|opted out)\\s+(\\d+)")
                .matcher(printed.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            demo.put(m.group(1).equals("opted out") ? "optedOut" : m.group(1), Long.parseLong(m.group(2)));
        }
        JsonNode stats = apiGet("/api/v1/campaigns/" + CAMPAIGN + "/stats");
        Map<String, Long> api = new LinkedHashMap<>();
        stats.path("funnel").fields().forEachRemaining(e -> api.put(e.getKey(), e.getValue().asLong()));

        go("#/campaigns");
        waitForPage("campaigns");
        Map<String, Long> console = new LinkedHashMap<>();
        for (JsonNode s : js("[...document.querySelectorAll('#funnel-" + CAMPAIGN + " .stage')].map(s => ({key:"
                + " s.dataset.stage, n: Number(s.querySelector('.stage-count').textContent),"
                + " tip: s.querySelector('.tip').textContent}))")) {
            console.put(s.path("key").asText(), s.path("n").asLong());
            JsonNode stage = find(stats.path("stages"), "key", s.path("key").asText());
            assertThat(s.path("tip").asText()).as("definition on hover").isEqualTo(stage.path("definition").asText());
        }
        assertThat(demo).as("demo summary").hasSize(7).isEqualTo(api);
        assertThat(console).as("console").isEqualTo(api);
        assertThat(api.get("targeted")).isEqualTo(AUDIENCE);
        assertThat(api.get("dialed")).isEqualTo(AUDIENCE);
        assertThat(api.get("converted")).as("the two interested callers accepted").isEqualTo(2);
        assertThat(api.get("human")).isGreaterThanOrEqualTo(api.get("completed"));
        assertThat(text("#campaign-" + CAMPAIGN + " .version")).matches("edited .*\\(v1\\)");
        assertThat(text("#campaign-" + CAMPAIGN + " .window")).contains("their local time").contains("every day");
        assertThat(text("#campaign-" + CAMPAIGN + " .schedule")).startsWith("Calls released every 5 seconds");
        shoot("campaigns");
        go("#/campaigns/" + CAMPAIGN);
        waitForPage("campaigns");
        await().atMost(WAIT).until(() -> js("!!window.Chart.getChart('timeline-chart')").asBoolean());
        long charted = js("window.Chart.getChart('timeline-chart').data.datasets.flatMap(d => d.data)"
                + ".reduce((a, b) => a + b, 0)").asLong();
        assertThat(charted).as("every finished call in the outcomes chart").isEqualTo(AUDIENCE);
        long hourly = js("window.Chart.getChart('hours-chart').data.datasets[1].data.reduce((a, b) => a + b, 0)").asLong();
        assertThat(hourly).as("calls by the customer's local hour").isEqualTo(AUDIENCE);
        shoot("campaign");
    }

    @Test
    @Order(4)
    void pauseResumeAndACancelThatAsksFirst() throws Exception {
        go("#/campaigns");
        waitForPage("campaigns");
        String c = "#campaign-" + CAMPAIGN;
        click("#pause-" + CAMPAIGN);
        await().atMost(WAIT).until(() -> "paused".equals(js(q(c) + "?.dataset.state").asText()));
        assertThat(state()).isEqualTo("paused");
        assertThat(disabled("#pause-" + CAMPAIGN)).isTrue();
        assertThat(disabled("#resume-" + CAMPAIGN)).isFalse();
        click("#resume-" + CAMPAIGN);
        await().atMost(WAIT).until(() -> "running".equals(js(q(c) + "?.dataset.state").asText()));
        assertThat(disabled("#resume-" + CAMPAIGN)).isTrue();

        click("#cancel-" + CAMPAIGN);
        await().atMost(WAIT).until(() -> js("document.getElementById('confirm').open").asBoolean());
        assertThat(text("#confirm-text")).contains("permanent");
        click("#confirm-keep");
        await().atMost(WAIT).until(() -> !js("document.getElementById('confirm').open").asBoolean());
        assertThat(state()).as("kept").isEqualTo("running");

        click("#cancel-" + CAMPAIGN);
        await().atMost(WAIT).until(() -> js("document.getElementById('confirm').open").asBoolean());
        click("#confirm-cancel");
        await().atMost(WAIT).until(() -> "cancelled".equals(js(q(c) + "?.dataset.state").asText()));
        assertThat(state()).isEqualTo("cancelled");
        for (String cmd : List.of("start", "pause", "resume", "cancel")) {
            assertThat(disabled("#" + cmd + "-" + CAMPAIGN)).as(cmd + " after cancel").isTrue();
        }
    }

    @Test
    @Order(5)
    void callsAreFilteredSearchedAndExported() throws Exception {
        go("#/calls?result=BUSY");
        waitForPage("calls");
        assertThat(js("[...document.querySelectorAll('#calls tbody tr')].map(r => r.cells[3].textContent)"))
                .extracting(JsonNode::asText).containsExactly("busy");
        go("#/calls");
        waitForPage("calls");
        js("document.getElementById('filter-q').value = 'demo-0'");
        click("#call-filters button[type=submit]");
        await().atMost(WAIT).until(() -> location().equals("#/calls?q=demo-0") && loaded());
        assertThat(js("document.querySelectorAll('#calls tbody tr').length").asInt()).isEqualTo(1);
        assertThat(text("#calls tbody")).contains("Maria");

        go("#/calls");
        waitForPage("calls");
        assertThat(js("document.querySelectorAll('#calls tbody tr').length").asInt()).isEqualTo(AUDIENCE);
        shoot("calls");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.downloadsTo(downloads);
        click("#export-calls");
        Path csv = downloads.resolve("calls.csv");
        await().atMost(WAIT).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).hasSize(AUDIENCE);
        assertThat(rows).extracting(r -> r.get("campaign")).containsOnly(CAMPAIGN);
        assertThat(rows).extracting(r -> r.get("customer_crm_id")).contains("demo-0", "demo-5");
        assertThat(rows).extracting(r -> r.get("result")).contains("BUSY", "ANSWERED");
    }

    @Test
    @Order(6)
    void aCallShowsItsTranscriptPathChangesAndPlaysItsRecording() throws Exception {
        String id = apiGet("/api/v1/calls?q=demo-0").path("calls").get(0).path("id").asText();
        go("#/calls/" + id);
        waitForPage("calls");
        assertThat(text("#call-outcome")).isEqualTo("coupon accepted");
        assertThat(js("document.querySelectorAll('#state-path li').length").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(js("[...document.querySelectorAll('#transcript tr.caller .intent')].map(c => c.textContent)"))
                .extracting(JsonNode::asText).anyMatch(intent -> !intent.isBlank() && !intent.equals("no match"));
        assertThat(text("#transcript")).containsIgnoringCase("yes");
        assertThat(text("#profile-changes")).contains("tag added: campaign:winback-coupon:accepted");
        await().atMost(WAIT).until(() -> js("document.getElementById('recording').src").asText().startsWith("blob:"));
        js("document.getElementById('recording').play()");
        await().atMost(WAIT).until(() -> js("document.getElementById('recording').currentTime").asDouble() > 0.2);
        assertThat(js("document.getElementById('recording').duration").asDouble()).isGreaterThan(1);
        shoot("call");
    }

    @Test
    @Order(7)
    void theKeyboardMovesAroundAndPhonesGetNoSidewaysScrolling() throws Exception {
        go("#/campaigns");
        waitForPage("campaigns");
        js("document.activeElement?.blur()");
        browser.press("l");
        waitForPage("live");
        browser.press("a");
        waitForPage("calls");
        browser.press("/");
        await().atMost(WAIT).until(() -> "filter-q".equals(js("document.activeElement?.id").asText()));
        browser.press("Escape");
        browser.press("j");
        assertThat(js("document.activeElement.classList.contains('row-link')").asBoolean()).isTrue();
        browser.press("Enter");
        await().atMost(WAIT).until(() -> location().matches("#/calls/[0-9a-f-]{36}") && loaded());
        browser.press("n");
        waitForPage("no-match");
        shoot("no-match");

        browser.viewport(390, 844, true);
        try {
            for (String page : List.of("#/campaigns", "#/live", "#/calls", "#/no-match")) {
                go(page);
                await().atMost(WAIT).until(this::loaded);
                assertThat(js("document.documentElement.scrollWidth").asInt()).as(page + " width on a phone")
                        .isLessThanOrEqualTo(391);
                if (page.equals("#/campaigns") || page.equals("#/calls")) {
                    shoot("phone-" + page.substring(2));
                }
            }
        } finally {
            browser.send("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(8)
    void aMerchantSwitchesToItsSubMerchant() {
        go("#/campaigns");
        waitForPage("campaigns");
        assertThat(ids()).containsExactlyInAnyOrder("campaign-" + CAMPAIGN, "campaign-winback-east");
        switchTenant("acme-east");
        await().atMost(WAIT).until(() -> ids().equals(List.of("campaign-winback-east")));
        switchTenant("");
        await().atMost(WAIT).until(() -> ids().size() == 2);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void switchTenant(String tenant) {
        js("{ const s = document.getElementById('tenant'); s.value = " + quote(tenant) + ";"
                + " s.dispatchEvent(new Event('change')); }");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.apiPort() + path;
    }

    private static JsonNode js(String expression) {
        return browser.eval(expression);
    }

    private static String q(String selector) {
        return "document.querySelector(" + quote(selector) + ")";
    }

    private static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(String selector) {
        return js(q(selector) + "?.textContent ?? ''").asText().trim();
    }

    private static void click(String selector) {
        assertThat(js("!!" + q(selector)).asBoolean()).as(selector + " exists").isTrue();
        js(q(selector) + ".click()");
    }

    private static boolean disabled(String selector) {
        return js(q(selector) + ".disabled").asBoolean();
    }

    private static void go(String hash) {
        js("location.hash = " + quote(hash));
    }

    private static String location() {
        return js("location.hash").asText();
    }

    private boolean loaded() {
        return io.callbot.api.DashboardBrowserTest.loaded(browser);
    }

    private void waitForPage(String page) {
        await().atMost(WAIT).until(() -> loaded() && page.equals(js("document.body.dataset.page ?? ''").asText()));
    }

    private static void submitToken(String t) {
        js("document.getElementById('token-input').value = " + quote(t));
        js("document.querySelector('#login-form button').click()");
    }

    private static List<String> ids() {
        List<String> out = new java.util.ArrayList<>();
        js("[...document.querySelectorAll('article.campaign')].map(a => a.id)").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String state() throws Exception {
        return apiGet("/api/v1/campaigns/" + CAMPAIGN).path("campaign").path("state").asText();
    }

    private static JsonNode apiGet(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private static void shoot(String name) throws Exception {
        if (screenshots != null) {
            browser.screenshot(screenshots.resolve("console-" + name + ".png"));
        }
    }
}
