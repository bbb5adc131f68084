package io.grantflow.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses are not on the public internet, so that a webhook cannot be aimed at the service's own
 * network: loopback, unspecified ({@code 0.0.0.0/8}, {@code ::}), link-local ({@code 169.254/16} with the cloud
 * metadata address, {@code fe80::/10}), private (RFC 1918, shared {@code 100.64/10}, unique local
 * {@code fc00::/7}, site-local {@code fec0::/10}), multicast and broadcast. IPv4-mapped IPv6 addresses are
 * judged as their IPv4 address.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** The name of the reserved range {@code address} is in, or empty for a public address. */
    public static Optional<String> reservedRange(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("unspecified");
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("private");
            }
            if (first == 255 && (b[1] & b[2] & b[3] & 0xff) == 0xff) {
                return Optional.of("broadcast");
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("private");
            }
            if (isMappedIpv4(b)) {
                try {
                    return reservedRange(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
