package wales.councilaudit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.ThirdPartyLinks;

/**
 * Headless Chromium reaches the sandbox's hosts through host-resolver rules made from the product's --resolve
 * rules. Needs Debian's chromium: skipped without it, except on CI (env CI set), where it must be there.
 */
class SandboxChromiumIT {

    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");

    private static SandboxWales sandbox;
    private static String rules;

    @TempDir
    Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                fail("CI must install Debian's chromium (" + CHROMIUM + ")");
            }
            assumeTrue(false, "no Chromium at " + CHROMIUM);
        }
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        List<ResolveRule> resolve = new ArrayList<>();
        sandbox.hosts().forEach(h -> resolve.add(new ResolveRule(h, InetAddress.getLoopbackAddress())));
        rules = new HostResolver(resolve, AddressPolicy.publicOnly()).chromiumHostResolverRules();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void rendersACouncilPageAndAThirdPartyService() throws Exception {
        String cardiff =
                sandbox.registry().find("cardiff").orElseThrow().homepage().en().toString();
        assertThat(dumpDom(cardiff)).contains("Cardiff").contains("<main");

        String portal = ThirdPartyLinks.startUrl("planning-objection", "cardiff", Lang.EN, sandbox.port());
        assertThat(dumpDom(portal)).contains("Comment on application");
    }

    @Test
    void aSiteThatForbidsBotsRefusesHeadlessChromium() throws Exception {
        String conwy =
                sandbox.registry().find("conwy").orElseThrow().homepage().en().toString();
        assertThat(dumpDom(conwy)).contains("Access denied");
    }

    private String dumpDom(String url) throws IOException, InterruptedException {
        Files.createDirectories(profile.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.resolve("data"),
                "--host-resolver-rules=" + rules,
                "--dump-dom",
                url);
        builder.environment().put("HOME", profile.resolve("home").toString());
        builder.environment().put("TMPDIR", profile.toString());
        builder.redirectError(profile.resolve("stderr.txt").toFile());
        Process process = builder.start();
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 60 s for " + url);
        }
        return new String(dom, StandardCharsets.UTF_8);
    }
}
