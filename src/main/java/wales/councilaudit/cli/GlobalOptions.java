package wales.councilaudit.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.registry.RegistryException;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.store.StoreConfig;

/**
 * Options every command accepts, before or after the command's name. Turned into typed settings once, here, at
 * the boundary; a malformed value becomes a {@link UserInputException}.
 */
public final class GlobalOptions {

    @Option(
            names = "--councils",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Council registry to use instead of the bundled 22 Welsh councils (same YAML schema).")
    Path councilsFile;

    /** Kept outside picocli's field handling: it resets a list option each time a subcommand's parse starts. */
    private final Set<String> resolve = new LinkedHashSet<>();

    @Option(
            names = "--resolve",
            paramLabel = "PATTERN=ADDRESS",
            scope = ScopeType.INHERIT,
            description = "Connect to ADDRESS for hosts matching PATTERN (a host name or *.domain), like curl "
                    + "--resolve. Repeatable, before or after the command's name. Ports stay in the URLs.")
    void resolve(List<String> values) {
        if (values != null) {
            resolve.addAll(values);
        }
    }

    @Option(
            names = "--allow-private-addresses",
            scope = ScopeType.INHERIT,
            description = "Allow loopback, private and link-local addresses found through DNS (refused by default).")
    boolean allowPrivateAddresses;

    @Option(
            names = "--results",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            defaultValue = "results",
            description = "Where runs write by default (results/<run-id>/) and where the embedded store lives. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path resultsDir;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            scope = ScopeType.INHERIT,
            defaultValue = "${env:COUNCIL_AUDIT_DB}",
            description = "Results store, e.g. jdbc:postgresql://127.0.0.1:5432/test. Default: embedded H2 in "
                    + "<results>/store/ (env COUNCIL_AUDIT_DB).")
    String db;

    @Option(
            names = "--db-user",
            paramLabel = "USER",
            scope = ScopeType.INHERIT,
            defaultValue = "${env:COUNCIL_AUDIT_DB_USER}",
            description = "Database user (env COUNCIL_AUDIT_DB_USER).")
    String dbUser;

    @Option(
            names = "--db-password",
            paramLabel = "PASSWORD",
            scope = ScopeType.INHERIT,
            arity = "0..1",
            interactive = true,
            defaultValue = "${env:COUNCIL_AUDIT_DB_PASSWORD}",
            description = "Database password; prompted for when given without a value (env COUNCIL_AUDIT_DB_PASSWORD).")
    String dbPassword;

    @Option(
            names = "--contact",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            defaultValue = "${env:COUNCIL_AUDIT_CONTACT}",
            description = "Contact URL or mailto: sent in the User-Agent so site owners can reach the operator.")
    String contact;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            scope = ScopeType.INHERIT,
            defaultValue = "20",
            description = "Seconds to wait for a connection or an answer. Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    @Option(
            names = "--trust-store",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Certificates to trust besides the JDK's (a staging site's): a PEM file, or a PKCS#12 "
                    + "or JKS key store (password from env COUNCIL_AUDIT_TRUSTSTORE_PASSWORD).")
    Path trustStore;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Log more (to standard error).")
    boolean verbose;

    /**
     * Parses every global option (and reads the registry), so that a malformed one stops any command before it
     * writes anything, whether or not the command uses it.
     *
     * @throws UserInputException naming the option or file and the problem
     */
    public void validate() {
        registry();
        hostResolver();
        httpSettings();
        storeConfig();
    }

    /** The registry in use: the user's file, or the bundled one. */
    public Registry registry() {
        if (councilsFile == null) {
            return RegistryLoader.bundled();
        }
        try {
            return RegistryLoader.load(councilsFile);
        } catch (RegistryException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** The {@code --resolve} rules and the address policy. */
    public HostResolver hostResolver() {
        List<ResolveRule> rules = new ArrayList<>();
        for (String text : resolve) {
            try {
                rules.add(ResolveRule.parse(text));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        return new HostResolver(rules, new AddressPolicy(allowPrivateAddresses));
    }

    /** The HTTP client's settings. */
    public HttpSettings httpSettings() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new UserInputException(
                    "--timeout must be more than 0 and at most 3600 seconds, got " + timeoutSeconds);
        }
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        String contactUrl = contact == null || contact.isBlank() ? HttpSettings.DEFAULT_CONTACT : contact.trim();
        if (!contactUrl.matches("(https?://|mailto:)\\S+")) {
            throw new UserInputException("--contact must be an http(s) URL or a mailto: address, got: " + contact);
        }
        HttpSettings settings = HttpSettings.defaults(Version.current())
                .withTimeouts(
                        timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10), timeout);
        settings = new HttpSettings(
                HttpSettings.userAgent(Version.current(), contactUrl),
                settings.connectTimeout(),
                settings.responseTimeout(),
                settings.maxRedirects(),
                settings.retry(),
                settings.extraTrustStore());
        if (trustStore != null) {
            if (!java.nio.file.Files.isReadable(trustStore)) {
                throw new UserInputException("--trust-store " + trustStore + ": no such readable file");
            }
            settings = settings.withExtraTrustStore(trustStore);
        }
        return settings;
    }

    /** The results store's settings. */
    public StoreConfig storeConfig() {
        if (db == null || db.isBlank()) {
            return StoreConfig.embedded(resultsDir);
        }
        try {
            return new StoreConfig(db.trim(), dbUser, dbPassword, Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    public Path resultsDir() {
        return resultsDir;
    }

    public boolean verbose() {
        return verbose;
    }
}
