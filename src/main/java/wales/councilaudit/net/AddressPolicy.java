package wales.councilaudit.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses the product may connect to. By default only public addresses: loopback, private (RFC 1918,
 * IPv6 unique-local), link-local (which includes cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unspecified and multicast addresses are refused, so a crawled link can never point us inside a network.
 * Addresses named by a {@code --resolve} rule are always allowed; {@code allowNonPublic} lifts the rule for
 * every address (an operator's choice, for a staging network). Immutable and thread-safe.
 *
 * @param allowNonPublic whether non-public addresses reached through DNS are allowed too
 */
public record AddressPolicy(boolean allowNonPublic) {

    /** The default: public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false);
    }

    /** Whether {@code address} is routable on the public internet. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean carrierNat = first == 100 && second >= 64 && second <= 127;
            boolean broadcast = first == 255;
            return !(thisNetwork || carrierNat || broadcast);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            return !uniqueLocal;
        }
        return false;
    }

    /** Whether a connection to {@code address}, found through DNS (not a {@code --resolve} rule), is allowed. */
    public boolean permits(InetAddress address) {
        return allowNonPublic || isPublic(address);
    }
}
