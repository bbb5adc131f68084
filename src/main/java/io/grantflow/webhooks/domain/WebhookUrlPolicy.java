package io.grantflow.webhooks.domain;

import io.grantflow.shared.problem.Violation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent: an absolute {@code https} URL (plain {@code http} only where
 * {@code grantflow.webhooks.allow-http} allows it) without credentials, whose host resolves, and only to public
 * addresses ({@link PublicAddresses}) unless {@code grantflow.webhooks.allow-private-addresses} is set. It is
 * checked at registration and again before every attempt, since a name may resolve elsewhere later. Every
 * broken rule is reported.
 */
public final class WebhookUrlPolicy {

    public static final int MAX_LENGTH = 2000;
    public static final String INVALID = "webhook_url_invalid";
    public static final String NOT_HTTPS = "webhook_url_not_https";
    public static final String PRIVATE_ADDRESS = "webhook_url_private_address";
    public static final String UNRESOLVABLE = "webhook_url_unresolvable";

    /** Resolves a host name to its addresses (the system resolver in service; a fixed table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    public WebhookUrlPolicy(boolean allowHttp, boolean allowPrivateAddresses, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /** Every rule {@code url} breaks, each beside the field {@code field}; empty when it may be used. */
    public List<Violation> check(String url, String field) {
        List<Violation> violations = new ArrayList<>();
        if (url == null || url.isBlank()) {
            violations.add(new Violation(field, "required", field + " is required"));
            return violations;
        }
        if (url.length() > MAX_LENGTH) {
            violations.add(new Violation(field, "too_long", "at most " + MAX_LENGTH + " characters"));
            return violations;
        }
        Optional<URI> parsed = parse(url);
        if (parsed.isEmpty()) {
            violations.add(new Violation(field, INVALID,
                    "an absolute http(s) URL with a host and no user name or password, e.g. https://example.org/hooks"));
            return violations;
        }
        URI uri = parsed.get();
        if (!allowHttp && !uri.getScheme().equalsIgnoreCase("https")) {
            violations.add(new Violation(field, NOT_HTTPS, "webhooks are sent over https only"));
        }
        String host = hostOf(uri);
        try {
            InetAddress[] addresses = resolver.resolve(host);
            if (!allowPrivateAddresses) {
                for (InetAddress address : addresses) {
                    Optional<String> range = PublicAddresses.reservedRange(address);
                    if (range.isPresent()) {
                        // the address itself is not told: registration must not become a way to read internal DNS
                        violations.add(new Violation(field, PRIVATE_ADDRESS, host
                                + " is (or resolves to) a non-public address; webhooks go to public addresses only"));
                        break;
                    }
                }
            }
        } catch (UnknownHostException e) {
            violations.add(new Violation(field, UNRESOLVABLE, "the host " + host + " does not resolve"));
        }
        return violations;
    }

    /** The host as the resolver takes it: an IPv6 literal without its brackets. */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null
                    || uri.getPort() > 65535) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
