package io.callbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.callbot.api.JdbcTenantStore;
import io.callbot.customer.CustomerImporter;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerRef;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.ImportFormat;
import io.callbot.customer.ImportSummary;
import io.callbot.customer.PhoneNumbers;
import io.callbot.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code callbot customers import|show}: the customer store from the command line. Runs on the caller's thread. */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Import and inspect customer profiles.",
        subcommands = {CustomersCommand.Import.class, CustomersCommand.Show.class})
public final class CustomersCommand implements Runnable {
    /** Exit code when some rows were rejected but the good ones were imported. */
    static final int EXIT_ROWS_REJECTED = 1;
    /** Exit code when the import could not run or stopped early (unreadable file, database down). */
    static final int EXIT_FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import customers from a CSV or JSON-lines file into a tenant (upsert by external_id).",
                    "CSV: a header row; columns external_id, phone (required), first_name, last_name, language,"
                            + " timezone, tags (';'-separated, kind:name with kind user|business|merchant), consent,"
                            + " do_not_call (true puts the customer on the do-not-call list), do_not_call_reason;"
                            + " any other column becomes an attribute (text, number or boolean).",
                    "JSON lines: one object per line with the same keys, tags an array, attributes an object.",
                    "Bad rows are reported as FILE:ROW: field: reason and skipped. Exit code 0 = all rows imported,"
                            + " 1 = some rows rejected, 2 = the import failed or stopped early."})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the CSV or JSON-lines file (UTF-8)")
        Path file;

        @Option(names = "--tenant", required = true, description = "the merchant the customers belong to (must exist,"
                + " or give --parent)")
        String tenant;

        @Option(names = "--parent", description = "create the tenant first under this parent when it does not exist:"
                + " platform makes a merchant, a merchant makes a sub-merchant")
        String parent;

        @Option(names = "--format", description = "csv or jsonl (default: from the file name, .jsonl/.ndjson/.json"
                + " = jsonl, else csv)")
        ImportFormat format;

        @Option(names = "--default-region", defaultValue = "US",
                description = "region for phone numbers without +country (ISO 3166, default: ${DEFAULT-VALUE})")
        String defaultRegion;

        @Option(names = "--batch-size",
                description = "rows per transaction (default: 10000 on PostgreSQL, which imports through COPY;"
                        + " 1000 on the embedded H2)")
        Integer batchSize;

        @CommandLine.Mixin
        DatabaseOptions db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                return EXIT_FAILED;
            }
            PhoneNumbers phones;
            try {
                phones = new PhoneNumbers(defaultRegion);
            } catch (IllegalArgumentException e) {
                err.println("--default-region: " + e.getMessage());
                return EXIT_FAILED;
            }
            try (Database database = db.open()) {
                JdbcTenantStore tenants = new JdbcTenantStore(database.dataSource());
                if (tenants.find(tenant).isEmpty()) {
                    if (parent == null) {
                        err.println("--tenant: tenant '" + tenant + "' does not exist; add --parent platform to create"
                                + " it as a merchant (or --parent MERCHANT for a sub-merchant), or run callbot tenants"
                                + " create " + tenant);
                        return EXIT_FAILED;
                    }
                    try {
                        tenants.create(tenant, parent);
                    } catch (IllegalArgumentException e) {
                        err.println("--parent: " + e.getMessage());
                        return EXIT_FAILED;
                    }
                    out.println("created tenant " + tenant + " under " + parent);
                }
                ImportFormat fmt = format != null ? format : ImportFormat.of(file);
                ImportProgress progress = new ImportProgress(System.err, System.console() != null);
                CustomerImporter importer = batchSize == null
                        ? CustomerImporter.withDefaultBatchSize(database.dataSource(), Clock.systemUTC(), phones)
                        : new CustomerImporter(database.dataSource(), Clock.systemUTC(), phones, batchSize);
                ImportSummary summary = importer.importFile(file, tenant, fmt, progress);
                progress.finish();
                if (!summary.completed()) {
                    err.println("error: " + summary.fatal());
                }
                out.println(file + " -> tenant " + tenant + ": " + summary);
                return !summary.completed() ? EXIT_FAILED : summary.rejected() > 0 ? EXIT_ROWS_REJECTED : 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print one customer profile as JSON, by id or by external id.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "the CRM's external id (the default), or callbot's internal id as id:42")
        String id;

        @Option(names = "--tenant", required = true, description = "the merchant the customer belongs to")
        String tenant;

        @CommandLine.Mixin
        DatabaseOptions db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Database database = db.open()) {
                CustomerStore store = new CustomerStore(database.dataSource(), Clock.systemUTC());
                CustomerRef ref;
                try {
                    ref = CustomerRef.parse(id);
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    return 2;
                }
                Optional<CustomerProfile> profile = ref.internalId() != null ? store.get(tenant, ref.internalId())
                        : store.getByExternalId(tenant, ref.externalId());
                if (profile.isEmpty()) {
                    spec.commandLine().getErr().println("no customer '" + id + "' in tenant " + tenant);
                    return 1;
                }
                ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT);
                spec.commandLine().getOut().println(json.writeValueAsString(profile.get()));
                return 0;
            }
        }
    }

}
