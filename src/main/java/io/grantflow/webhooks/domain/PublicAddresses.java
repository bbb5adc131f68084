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
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return Optional.of("protocol-assignment");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("benchmarking");
            }
            if (first >= 240) {
                return Optional.of("reserved");
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("private");
            }
            if (isMappedIpv4(b) || isCompatibleIpv4(b) || isNat64(b)) {
                return embedded(b[12], b[13], b[14], b[15]);
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4: 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
                return embedded(b[2], b[3], b[4], b[5]);
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) { // Teredo 2001:0::/32
                return Optional.of("teredo");
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 one carries, judged as IPv4; unspecified or loopback forms (::, ::1) included. */
    private static Optional<String> embedded(byte a, byte b, byte c, byte d) {
        try {
            return reservedRange(InetAddress.getByAddress(new byte[] {a, b, c, d}));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ::a.b.c.d (deprecated IPv4-compatible). */
    private static boolean isCompatibleIpv4(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64 prefixes: the last 32 bits are an IPv4 address). */
    private static boolean isNat64(byte[] b) {
        boolean prefix = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (!prefix) {
            return false;
        }
        if (b[4] == 0 && b[5] == 1) {
            return true; // 64:ff9b:1::/48, local-use
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
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
