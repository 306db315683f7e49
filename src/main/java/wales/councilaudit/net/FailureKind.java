package wales.councilaudit.net;

/** Why a fetch ended without a final answer. */
public enum FailureKind {
    /** The name did not resolve. */
    DNS,
    /** The name resolved only to addresses the {@link AddressPolicy} refuses. */
    REFUSED_ADDRESS,
    /** The scheme is not http or https ({@code file:}, {@code ftp:}, ...). */
    UNSUPPORTED_SCHEME,
    /** The connection was refused or reset. */
    CONNECT,
    /** Connecting or waiting for the answer took longer than the configured timeout. */
    TIMEOUT,
    /** The TLS handshake failed (untrusted or expired certificate, wrong host name, protocol). */
    TLS,
    /** A redirect pointed back to a URL already in the chain. */
    REDIRECT_LOOP,
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS,
    /** A redirect without a usable {@code Location}. */
    BAD_REDIRECT,
    /** Any other I/O or protocol error. */
    PROTOCOL
}
