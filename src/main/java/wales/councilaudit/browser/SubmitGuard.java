package wales.councilaudit.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The never-submit guard (brief, section 6): no form submission, no POST (or other state-changing request) from a
 * page to any host outside an explicit allow-list. Applied by {@link BrowserPool} to every session it opens, in two
 * layers that do not depend on the stage driving the page:
 *
 * <ol>
 *   <li>in the browser, a script installed in every document before the page's own scripts (CDP {@code
 *       Page.addScriptToEvaluateOnNewDocument}) refuses the {@code submit} event (which also covers {@code
 *       requestSubmit}, clicking a submit control and pressing Enter in a field), {@code HTMLFormElement.submit()},
 *       {@code fetch} and {@code XMLHttpRequest} with any method but GET and HEAD, and {@code navigator.sendBeacon},
 *       whenever the target's host is off the list;
 *   <li>in WebDriver, the session's driver is decorated so that {@code WebElement.submit()}, a click on a submit
 *       control and keys ending in Enter typed into a form field throw {@link SubmissionRefusedException} when the
 *       form's action is off the list, before anything reaches the browser.
 * </ol>
 *
 * <p>Plain navigations (following a link, {@code driver.get}) are not submissions and are not refused: the stages
 * only navigate by GET to addresses they read from links, or to a search form's GET address they build themselves.
 * The allow-list is empty for an audit of real sites; the sandbox's own council hosts for Sandbox Wales. Entries
 * are host names, or {@code *.domain} for every name below {@code domain}. Immutable and thread-safe.
 */
public final class SubmitGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitGuard.class);
    private static final String SCRIPT = "wales/councilaudit/browser/submit-guard.js";

    /** Returns the address a form would be sent to if the element's action went ahead, or null if none. */
    private static final String ACTION = "var e=arguments[0],how=arguments[1],f=null;"
            + "if(e.tagName==='FORM'){f=e;}else{f=e.form||(e.closest?e.closest('form'):null);}"
            + "if(!f){return null;}"
            + "if(how==='click'){var t=(e.getAttribute('type')||'').toLowerCase();"
            + "var s=(e.tagName==='BUTTON'&&(t===''||t==='submit'))||(e.tagName==='INPUT'&&(t==='submit'||t==='image'));"
            + "if(!s){return null;}if(e.hasAttribute('formaction')){return e.formAction;}}"
            + "return f.action||document.baseURI;";

    private final Set<String> allowList;
    private final String script;

    /** @param allowList host names (lower-cased here), or {@code *.domain}; may be empty */
    public SubmitGuard(Set<String> allowList) {
        Set<String> hosts = new TreeSet<>();
        for (String host : allowList) {
            String h = host.trim().toLowerCase(Locale.ROOT);
            if (h.isEmpty() || h.contains("/") || h.contains(":")) {
                throw new IllegalArgumentException("not a host name for the submission allow-list: '" + host + "'");
            }
            hosts.add(h);
        }
        this.allowList = Set.copyOf(hosts);
        this.script = source().replace("__ALLOW__", json(hosts));
    }

    /** The guard of an audit of real sites: no host is allowed a submission. */
    public static SubmitGuard refuseAll() {
        return new SubmitGuard(Set.of());
    }

    public Set<String> allowList() {
        return allowList;
    }

    /** Whether a submission to this host is allowed. */
    public boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : allowList) {
            if (entry.equals(h) || (entry.startsWith("*.") && h.endsWith(entry.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a submission to this address is allowed (its host is on the list). */
    public boolean allows(URI address) {
        return address != null && allows(address.getHost());
    }

    /** The script installed in every document. */
    public String script() {
        return script;
    }

    /**
     * Installs the guard on a freshly started session: the in-browser script through CDP, then the WebDriver
     * decorator. The caller uses the returned driver and quits it (quitting it quits the session).
     *
     * <p>When the session offers no CDP (a Grid node that does not relay it), only the WebDriver layer applies, and
     * a warning is logged.
     */
    public WebDriver install(WebDriver driver) {
        HasCdp cdp = cdp(driver);
        boolean installed = false;
        if (cdp != null) {
            try {
                cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
                installed = true;
            } catch (RuntimeException e) {
                LOG.debug("CDP refused the guard script: {}", e.toString());
            }
        }
        if (!installed) {
            // a Grid node that does not relay CDP: the WebDriver layer still refuses every submission we could ask for
            LOG.warn("the browser offers no CDP: the submit guard works in WebDriver only for this session");
        }
        return new Decorator(this, driver).decorate(driver);
    }

    /** What the in-browser guard refused in the document shown, for logs and tests; empty when it refused nothing. */
    public static List<String> refused(WebDriver driver) {
        Object value = ((JavascriptExecutor) driver).executeScript("return window.__councilAuditRefused || [];");
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static HasCdp cdp(WebDriver driver) {
        if (driver instanceof HasCdp c) {
            return c;
        }
        try {
            WebDriver augmented = new Augmenter().augment(driver);
            return augmented instanceof HasCdp c ? c : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String source() {
        try (InputStream in = SubmitGuard.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Set<String> hosts) {
        return hosts.stream()
                .map(h -> "\"" + h.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Refuses, before the browser sees it, an element action that would submit a form off the list. */
    private static final class Decorator extends WebDriverDecorator<WebDriver> {
        private final SubmitGuard guard;
        private final WebDriver original;

        Decorator(SubmitGuard guard, WebDriver original) {
            this.guard = guard;
            this.original = original;
        }

        @Override
        public Object call(Decorated<?> target, Method method, Object[] args) throws Throwable {
            Object element = target.getOriginal();
            if (element instanceof WebElement e) {
                String how = how(method, args);
                if (how != null) {
                    check(e, how);
                }
            }
            return super.call(target, method, args);
        }

        private static String how(Method method, Object[] args) {
            switch (method.getName()) {
                case "submit":
                    return "submit";
                case "click":
                    return "click";
                case "sendKeys":
                    return enter(args) ? "keys" : null;
                default:
                    return null;
            }
        }

        private static boolean enter(Object[] args) {
            if (args == null) {
                return false;
            }
            for (Object arg : args) {
                Object[] keys = arg instanceof CharSequence[] cs ? cs : new Object[] {arg};
                for (Object key : keys) {
                    String s = String.valueOf(key);
                    if (s.contains("\n")
                            || s.contains("\r")
                            || s.contains(Keys.ENTER.toString())
                            || s.contains(Keys.RETURN.toString())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void check(WebElement element, String how) {
            Object action = ((JavascriptExecutor) original).executeScript(ACTION, element, how);
            if (action == null) {
                return;
            }
            URI address;
            try {
                address = URI.create(String.valueOf(action));
            } catch (IllegalArgumentException e) {
                address = null;
            }
            if (!guard.allows(address)) {
                throw new SubmissionRefusedException("refused to submit a form to " + action
                        + ": its host is not on the submission allow-list " + guard.allowList());
            }
        }
    }
}
