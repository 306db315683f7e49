package wales.councilaudit.crawl;

/**
 * Why a URL is outside a council's crawl. Such a link is recorded as an outlink of the page it was found on and not
 * crawled; the reason also tells a task journey whether it may follow the link to a third-party host.
 */
public enum OutOfScope {
    /** Not http or https ({@code mailto:}, {@code ftp:}, {@code file:}, ...), or not absolute: never fetched. */
    SCHEME,
    /** No host that could be fetched (an opaque or malformed URL): never fetched. */
    NO_HOST,
    /** A host name that is not one of the council's: a third-party site, which a task journey may visit. */
    OTHER_HOST,
    /** A public IP address written as the host and not one of the council's hosts: a task journey may visit it. */
    IP_LITERAL,
    /**
     * A host that can only be a loopback, private, link-local or otherwise non-public address (an IP literal such as
     * {@code 10.0.0.1} or {@code 169.254.169.254}, or {@code localhost}) and not one of the council's hosts: never
     * fetched unless the operator allowed non-public addresses.
     */
    NON_PUBLIC_ADDRESS
}
