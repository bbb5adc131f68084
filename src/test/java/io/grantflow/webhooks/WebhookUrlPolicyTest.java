package io.grantflow.webhooks;

import io.grantflow.shared.problem.Violation;
import io.grantflow.webhooks.domain.WebhookUrlPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where webhooks may go: https, resolvable, public addresses; every broken rule reported. */
class WebhookUrlPolicyTest {

    /** A fixed table of names, so that no test depends on DNS; IP literals resolve as themselves. */
    static final Map<String, String> NAMES = Map.of(
            "hooks.example.org", "93.184.216.34",
            "rebound.example.org", "10.1.2.3",
            "internal.example.org", "fd12:3456::1");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        if (NAMES.containsKey(host)) {
            return new InetAddress[] {InetAddress.getByName(NAMES.get(host))};
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    static final WebhookUrlPolicy STRICT = new WebhookUrlPolicy(false, false, WebhookUrlPolicyTest::resolve);

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void aPublicHttpsUrlIsAccepted() {
        assertThat(STRICT.check("https://hooks.example.org/grantflow?x=1", "url")).isEmpty();
        assertThat(STRICT.check("https://93.184.216.34:8443/in", "url")).isEmpty();
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        assertThat(codes(STRICT.check("http://hooks.example.org/in", "url"))).containsExactly("webhook_url_not_https");
        assertThat(new WebhookUrlPolicy(true, false, WebhookUrlPolicyTest::resolve)
                .check("http://hooks.example.org/in", "url")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://localhost.test.invalid.127.0.0.1.nip/x",
            "https://[::1]/x", "https://169.254.169.254/latest/meta-data", "https://10.0.0.5/x",
            "https://172.16.3.4/x", "https://192.168.1.1/x", "https://0.0.0.0/x", "https://[::]/x",
            "https://224.0.0.1/x", "https://[fe80::1]/x", "https://[fc00::1]/x", "https://[::ffff:10.0.0.1]/x",
            "https://100.64.0.1/x", "https://255.255.255.255/x", "https://rebound.example.org/x",
            "https://internal.example.org/x", "https://[64:ff9b::a9fe:a9fe]/x", "https://[64:ff9b:1::a00:1]/x",
            "https://[2002:a9fe:a9fe::1]/x", "https://[::a00:1]/x", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x",
            "https://198.18.0.1/x", "https://240.0.0.1/x", "https://192.0.0.8/x"})
    void addressesOutsideThePublicInternetAreRefused(String url) {
        List<String> codes = codes(STRICT.check(url, "url"));
        if (url.contains("nip")) {
            assertThat(codes).containsExactly("webhook_url_unresolvable");
        } else {
            assertThat(codes).as(url).containsExactly("webhook_url_private_address");
        }
    }

    @Test
    void privateAddressesAreAcceptedWhereAllowed() {
        assertThat(new WebhookUrlPolicy(false, true, WebhookUrlPolicyTest::resolve).check("https://127.0.0.1:9/x", "url"))
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<Violation> violations = STRICT.check("http://10.0.0.1/x", "url");
        assertThat(codes(violations)).containsExactly("webhook_url_not_https", "webhook_url_private_address");
        assertThat(violations).allMatch(v -> v.field().equals("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "hooks.example.org/x", "ftp://hooks.example.org/x", "https:///x",
            "https://user:pass@hooks.example.org/x", "mailto:a@b.org", "https://hooks.example.org:99999/x"})
    void malformedUrlsAreInvalid(String url) {
        assertThat(codes(STRICT.check(url, "url"))).as(url).containsExactly("webhook_url_invalid");
    }

    @Test
    void anUnknownHostAndAMissingOrLongUrlAreNamed() {
        assertThat(codes(STRICT.check("https://nowhere.invalid/x", "url"))).containsExactly("webhook_url_unresolvable");
        assertThat(codes(STRICT.check(" ", "url"))).containsExactly("required");
        assertThat(codes(STRICT.check("https://hooks.example.org/" + "a".repeat(2000), "url"))).containsExactly("too_long");
    }
}
