package wales.councilaudit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Thrown while resolving a host whose addresses are all non-public and not allowed by the {@link AddressPolicy}.
 * A subclass of {@link UnknownHostException} so that HTTP clients treat it as a failed look-up and never connect.
 */
public final class RefusedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    private final String host;

    public RefusedAddressException(String host, InetAddress address) {
        super("refused to connect to " + host + " at non-public address " + address.getHostAddress()
                + " (use --resolve or --allow-private-addresses to allow it)");
        this.host = host;
    }

    public String host() {
        return host;
    }
}
