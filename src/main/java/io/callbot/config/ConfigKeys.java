package io.callbot.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every setting the server reads, with its default: the one place defaults live. */
public final class ConfigKeys {
    private ConfigKeys() {}

    public static final List<ConfigKey> ALL = List.of(
            new ConfigKey("node.id", ConfigKey.Type.STRING, "", "This server's name in the cluster; must stay the same across restarts (crash reconciliation settles this node's calls at start) and differ between servers. Empty: the host name."),
            new ConfigKey("data.dir", ConfigKey.Type.PATH, "./data", "Directory for the embedded database, prompt cache and recordings."),
            new ConfigKey("db.url", ConfigKey.Type.STRING, "", "JDBC URL; empty means the embedded H2 file <data.dir>/callbot. PostgreSQL: jdbc:postgresql://host:5432/db"),
            new ConfigKey("db.user", ConfigKey.Type.STRING, "", "Database user (empty: sa for H2)."),
            new ConfigKey("db.password", ConfigKey.Type.SECRET, "", "Database password; prefer the CALLBOT_DB_PASSWORD environment variable."),
            new ConfigKey("db.max_pool_size", ConfigKey.Type.POSITIVE_INT, "10", "Largest number of pooled database connections."),
            new ConfigKey("campaigns.dir", ConfigKey.Type.PATH, "./campaigns", "Directory of campaign YAML files, watched for edits."),
            new ConfigKey("campaigns.watch", ConfigKey.Type.BOOL, "true", "true: edits of campaign files take effect while serve runs (a valid edit becomes the new version for new calls; an invalid one is logged and the running version stays; a deleted file retires its campaign). false: files are read at start only."),
            new ConfigKey("campaigns.rescan_interval", ConfigKey.Type.DURATION, "10s", "How often the campaigns directory is re-read in full, besides the file-change events (which some network and container file systems do not deliver)."),
            new ConfigKey("ami.host", ConfigKey.Type.STRING, "127.0.0.1", "Asterisk Manager Interface host."),
            new ConfigKey("ami.port", ConfigKey.Type.PORT, "5038", "Asterisk Manager Interface port."),
            new ConfigKey("ami.user", ConfigKey.Type.STRING, "callbot", "AMI user (see dialplans/manager_callbot.conf)."),
            new ConfigKey("ami.secret", ConfigKey.Type.SECRET, "", "AMI secret; prefer the CALLBOT_AMI_SECRET environment variable. Never logged."),
            new ConfigKey("ami.dialplan", ConfigKey.Type.PATH, "", "The extensions_callbot.conf deployed on the PBX: every campaign's transfer_to must resolve in its [callbot-transfer] (and the simulated PBX runs it). Empty: the one shipped in dialplans/."),
            new ConfigKey("ami.simulated", ConfigKey.Type.BOOL, "false", "true: start the built-in simulated PBX instead of connecting to Asterisk."),
            new ConfigKey("ami.simulated_personas", ConfigKey.Type.STRING, "demo", "Who the simulated PBX's customers are: demo (the demo's mix of talkers, busy, no answer, machines) or quick (short calls only: answer and hang up at once, busy, no answer; for load and crash tests)."),
            new ConfigKey("ami.simulated_originate_log", ConfigKey.Type.PATH, "", "File the simulated PBX appends one line to per Originate it receives (ChannelId, number, epoch milliseconds), written before it answers; empty: none. Lets tests count dials across crashes."),
            new ConfigKey("media.bind", ConfigKey.Type.STRING, "0.0.0.0", "Address the AudioSocket server listens on."),
            new ConfigKey("media.port", ConfigKey.Type.PORT, "9092", "Port the AudioSocket server listens on."),
            new ConfigKey("media.advertise", ConfigKey.Type.HOST_PORT, "127.0.0.1:9092", "host:port Asterisk connects to (CALLBOT_MEDIA in the dialplan)."),
            new ConfigKey("media.recordings_dir", ConfigKey.Type.PATH, "", "Where call recordings go when a campaign records; empty: <data.dir>/recordings."),
            new ConfigKey("api.bind", ConfigKey.Type.STRING, "127.0.0.1", "Address of the HTTP API and dashboard."),
            new ConfigKey("api.port", ConfigKey.Type.PORT, "8080", "Port of the HTTP API and dashboard."),
            new ConfigKey("api.public_url", ConfigKey.Type.STRING, "", "Base URL the CRM reaches this API at (e.g. https://callbot.example.com), for the recording links in webhooks; empty: events carry no recording link."),
            new ConfigKey("asr.model_dir", ConfigKey.Type.PATH, "", "Vosk model directory; empty: the model the build unpacked (target/voice-models/vosk-model-en-us). The directory's name is the model's name: campaigns must give it as voice.asr_model."),
            new ConfigKey("asr.threads", ConfigKey.Type.POSITIVE_INT, "2", "Threads decoding speech for all calls."),
            new ConfigKey("asr.second_pass_max_lag", ConfigKey.Type.DURATION, "250ms", "How far recognition may be behind the callers' audio (under overload) and still decode an unclear turn a second time, free-form (about ten times the CPU of the grammar pass); further behind, the turn keeps the grammar pass's result, so replies stay prompt: a partial opt-out is still confirmed, anything else unclear is asked again. Counted in callbot_asr_second_pass_shed_total. 0s: never shed."),
            new ConfigKey("asr.frames_per_chunk", ConfigKey.Type.STRING, "", "Input frames (10 ms each) the acoustic model evaluates at once, 1 to 300; empty: the model's own, as Vosk loads it. Larger chunks trade understanding for calls per core: 60 decodes a second of speech with about 40 % less CPU, but its word error rate is about 2.5 points higher and partial results lag by up to a chunk, so no turn ends early on an expected phrase (BENCHMARKS.md, stop 40)."),
            new ConfigKey("tts.voice", ConfigKey.Type.STRING, "cmu-slt-hsmm", "MaryTTS voice (English) of what the server says outside a campaign's dialog; a campaign speaks with its own voice.tts_voice. Must be installed: the server does not start otherwise."),
            new ConfigKey("tts.cache_dir", ConfigKey.Type.PATH, "", "Prompt cache directory; empty: <data.dir>/prompt-cache."),
            new ConfigKey("schedule.quiet_hours", ConfigKey.Type.TIME_RANGE, "21:00-08:00", "Local hours no campaign may call in, whatever its window says."),
            new ConfigKey("schedule.max_calls_per_day", ConfigKey.Type.POSITIVE_INT, "1", "Calls to one customer per local day across a tenant's campaigns."),
            new ConfigKey("schedule.max_calls_per_week", ConfigKey.Type.POSITIVE_INT, "3", "Calls to one customer per 7 days across a tenant's campaigns."),
            new ConfigKey("schedule.attempt_lease", ConfigKey.Type.DURATION, "2m", "How long a dead server's open attempts stay leased to it before a cluster peer settles them (QUEUED: cancelled, DIALING / IN_CALL: UNKNOWN); live servers renew every third of it."),
            new ConfigKey("schedule.audience_refresh", ConfigKey.Type.DURATION, "10m", "The longest a running campaign's audience goes without being read again in full (in the background) to take in customers imported or changed since; smaller audiences are re-read sooner (250 µs per customer, so about 2 % of the time goes to re-reading; at most every 15 s). Each tick dials from the campaign's dialing queue and checks every customer again just before dialing."),
            new ConfigKey("webhook.max_age", ConfigKey.Type.DURATION, "24h", "How long a webhook is retried before it becomes a dead letter."),
            new ConfigKey("webhook.max_in_flight", ConfigKey.Type.POSITIVE_INT, "128", "Webhook requests in flight at once from this server, over all endpoints."),
            new ConfigKey("webhook.per_endpoint_concurrency", ConfigKey.Type.POSITIVE_INT, "64", "Webhook requests in flight at once to one endpoint URL (events of one customer still go one at a time, in order)."),
            new ConfigKey("shutdown.timeout", ConfigKey.Type.DURATION, "120s", "How long a graceful shutdown waits for live calls."),
            new ConfigKey("log.json", ConfigKey.Type.BOOL, "false", "true: one JSON object per log line (logstash-logback-encoder: formatted message, level, logger, thread, MDC keys as fields)."),
            new ConfigKey("log.alarm_interval", ConfigKey.Type.DURATION, "30s", "How often an unreachable Asterisk (down longer than this) and each campaign whose webhook secret variable is unset are logged again at ERROR."));

    /** The defaults as a map, in declaration order. */
    public static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        ALL.forEach(k -> m.put(k.key(), k.defaultValue()));
        return m;
    }

    public static ConfigKey find(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
    }
}
