package io.grantflow.webhooks.application;

import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.webhooks.api.WebhookDeliveryView;
import io.grantflow.webhooks.api.WebhookRequest;
import io.grantflow.webhooks.api.WebhookView;
import io.grantflow.webhooks.domain.DeliveryStatus;
import io.grantflow.webhooks.domain.WebhookDelivery;
import io.grantflow.webhooks.domain.WebhookEndpoint;
import io.grantflow.webhooks.domain.WebhookEventKindsPolicy;
import io.grantflow.webhooks.domain.WebhookSignature;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Registers, lists and disables webhook endpoints and lists their deliveries. Officers own the programme's
 * endpoints; the members of an organisation own its endpoints. Anyone else is told the endpoint does not exist.
 */
@ApplicationScoped
public class WebhookRegistration {

    /** Active endpoints an owner (the programme or one organisation) may have. */
    public static final int MAX_ACTIVE_PER_OWNER = 20;

    @Inject
    Clock clock;

    @Inject
    WebhookUrls urls;

    private final SecureRandom random = new SecureRandom();

    /** Who asks: the user name and whether they are an officer. */
    public record Caller(String user, boolean officer) {
    }

    /** Registers an endpoint; the answer alone carries its secret. */
    @Transactional
    public WebhookView register(WebhookRequest request, Caller caller) {
        if (request.organisation() == null && !caller.officer()) {
            throw DomainException.forbidden("officers_only", "only officers register the programme's webhooks; "
                    + "name the organisation whose events the webhook hears");
        }
        if (request.organisation() != null && !OrganisationMember.isMember(caller.user(), request.organisation())) {
            throw DomainException.forbidden("not_a_member", "only members of the organisation register its webhooks");
        }
        Violations v = new Violations();
        v.addAll(urls.check(request.url(), "url"));
        v.addAll(WebhookEventKindsPolicy.check(request.events(), "events"));
        v.throwIfAny("invalid_webhook", "the webhook cannot be registered");
        long active = request.organisation() == null
                ? WebhookEndpoint.count("disabledAt is null and organisationId is null")
                : WebhookEndpoint.count("disabledAt is null and organisationId = ?1", request.organisation());
        if (active >= MAX_ACTIVE_PER_OWNER) {
            throw DomainException.conflict("too_many_webhooks", "at most " + MAX_ACTIVE_PER_OWNER
                    + " active webhooks per owner; disable one first");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(request.organisation(), request.url().trim(),
                WebhookEventKindsPolicy.normalised(request.events()), WebhookSignature.newSecret(random), caller.user(),
                clock.instant());
        endpoint.persist();
        return view(endpoint, endpoint.secret);
    }

    /** Officers: the programme's endpoints; everyone: those of their organisations. Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookView> list(Caller caller, PageRequest page) {
        List<Long> organisations = OrganisationMember.organisationsOf(caller.user());
        String where = caller.officer()
                ? (organisations.isEmpty() ? "organisationId is null" : "organisationId is null or organisationId in ?1")
                : (organisations.isEmpty() ? "1 = 0" : "organisationId in ?1");
        var query = organisations.isEmpty() ? WebhookEndpoint.<WebhookEndpoint>find(where, Sort.descending("id"))
                : WebhookEndpoint.<WebhookEndpoint>find(where, Sort.descending("id"), organisations);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(e -> view(e, null)).toList(),
                page, total);
    }

    /** An endpoint's deliveries, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryView> deliveries(Long id, Caller caller, PageRequest page) {
        WebhookEndpoint endpoint = owned(id, caller);
        var query = WebhookDelivery.<WebhookDelivery>find("endpointId", Sort.descending("id"), endpoint.id);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(WebhookRegistration::view).toList(),
                page, total);
    }

    /** Disables the endpoint (repeating is harmless); what it had not yet delivered is not tried again. */
    @Transactional
    public WebhookView disable(Long id, Caller caller) {
        WebhookEndpoint endpoint = owned(id, caller);
        if (endpoint.disable(clock.instant())) {
            WebhookDelivery.<WebhookDelivery>list("endpointId = ?1 and status = ?2", endpoint.id, DeliveryStatus.PENDING)
                    .forEach(WebhookDelivery::endpointDisabled);
        }
        return view(endpoint, null);
    }

    private static WebhookEndpoint owned(Long id, Caller caller) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        boolean owner = endpoint != null && (endpoint.programmes() ? caller.officer()
                : OrganisationMember.isMember(caller.user(), endpoint.organisationId));
        if (!owner) {
            throw DomainException.notFound("webhook", id);
        }
        return endpoint;
    }

    private static WebhookView view(WebhookEndpoint e, String secret) {
        return new WebhookView(e.id, e.organisationId, e.url, Arrays.asList(e.eventKinds), e.active(), e.createdBy,
                e.createdAt, e.disabledAt, secret);
    }

    private static WebhookDeliveryView view(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.messageId, d.eventKind, d.status.name(), d.attempts, d.nextAttemptAt,
                d.giveUpAt, d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt);
    }
}
