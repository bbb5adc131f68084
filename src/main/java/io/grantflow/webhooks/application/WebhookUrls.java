package io.grantflow.webhooks.application;

import io.grantflow.shared.db.DemoMode;
import io.grantflow.shared.problem.Violation;
import io.grantflow.webhooks.domain.WebhookUrlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.util.List;

/** The {@link WebhookUrlPolicy} with this service's settings and the system resolver; demo mode allows http. */
@ApplicationScoped
public class WebhookUrls {

    @Inject
    WebhooksConfig config;

    @Inject
    DemoMode demoMode;

    public List<Violation> check(String url, String field) {
        return policy().check(url, field);
    }

    private WebhookUrlPolicy policy() {
        return new WebhookUrlPolicy(config.allowHttp() || demoMode.active(), config.allowPrivateAddresses(),
                InetAddress::getAllByName);
    }
}
