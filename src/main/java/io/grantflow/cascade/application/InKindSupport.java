package io.grantflow.cascade.application;

import io.grantflow.cascade.api.InKindAwardView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.InKindAward;
import io.grantflow.cascade.domain.InKindValue;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.ProviderCall;
import io.grantflow.cascade.domain.ProviderOffer;
import io.grantflow.cascade.domain.ProviderOfferStatus;
import io.grantflow.cascade.domain.ServiceKind;
import io.grantflow.grants.application.GrantAccess;
import io.grantflow.grants.domain.Grant;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.api.PaymentRequest;
import io.grantflow.payments.application.Payments;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * In-kind support by days: the roster provider named for an award (by the consortium, or the first on the roster with
 * the days), the award's value and its checks ({@link InKindValue}) in the award's transaction, the days delivered as
 * the provider reports them and the SME confirms them (the confirmation is the SME's report), and the settlement when
 * the report is verified: the provider is paid what was delivered, the rest returns to the open call and to the
 * provider's capacity. Every step runs under the grant's row lock, as awards do; each is idempotent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class InKindSupport {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    @Inject
    GrantAccess grants;

    @Inject
    ApplicationTimeline timeline;

    @Inject
    ApplicationFollowUp followUp;

    /** At the award (the grant locked): the provider, the value and every refusal; passed, the value is the amount to award. */
    InKindValue.Outcome value(Application a, OpenCall oc, Organisation sme, Money held) {
        ProviderOffer p = a.providerOfferId != null ? ProviderOffer.forUpdate(a.providerOfferId).orElse(null)
                : firstWithDays(oc, a.days);
        ServiceKind service = p == null ? null : ProviderCall.<ProviderCall>findById(p.providerCallId).service;
        InKindValue.Outcome outcome = InKindValue.check(oc, a, new InKindValue.Facts(sme, held, p, service));
        if (outcome.passed()) {
            a.valuedInKind(p.id, outcome.value());
        }
        return outcome;
    }

    /**
     * First come, first served: the roster's first provider of the service (in the order selected) with the days; when
     * none has them, the first of the service, whose capacity the check then refuses.
     */
    private ProviderOffer firstWithDays(OpenCall oc, int days) {
        List<Long> ids = em.createQuery("select o.id from ProviderOffer o, ProviderCall c where c.id = o.providerCallId "
                        + "and o.grantId = ?1 and c.service = ?2 and o.status = ?3 order by case when "
                        + "o.capacityDays - o.daysAwarded >= ?4 then 0 else 1 end, o.id", Long.class).setParameter(1, oc.grantId).setParameter(2, oc.inKindService)
                .setParameter(3, ProviderOfferStatus.SELECTED).setParameter(4, days).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ProviderOffer.forUpdate(ids.get(0)).orElse(null);
    }

    /** The award was committed: the provider's days are reserved (never beyond its capacity) and the award recorded. */
    void awarded(Application a) {
        ProviderOffer p = ProviderOffer.forUpdate(a.providerOfferId).orElseThrow();
        p.reserve(a.days);
        InKindAward.of(a, p, a.awarded).persist();
        timeline.record(a, "PROVIDER_NAMED", a.days + " day(s) × EUR " + p.dayRate + " from "
                + Organisation.<Organisation>findById(p.organisationId).legalName, null);
    }

    /** The consortium names the roster provider of an evaluated in-kind application before deciding it. */
    public InKindAwardView nameProvider(Long id, Long offerId, String user) {
        Application a = ApplicationAccess.lockedForConsortium(id, user, "names the provider of");
        Grant.forUpdate(a.grantId).orElseThrow();
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (!oc.inKindByDays()) {
            throw DomainException.conflict("not_in_kind", "open call " + oc.id + " does not give days of a service");
        }
        ProviderOffer p = offerId == null ? null : ProviderOffer.<ProviderOffer>findById(offerId);
        if (p == null || !p.onRoster() || !p.grantId.equals(a.grantId)
                || ProviderCall.<ProviderCall>findById(p.providerCallId).service != oc.inKindService) {
            throw DomainException.ruleBroken(InKindValue.NOT_ON_ROSTER, "name a provider of " + oc.inKindService
                    + " on the grant's roster", List.of(new Violation("provider", InKindValue.NOT_ON_ROSTER,
                    "offer " + offerId + " is not on the roster for " + oc.inKindService)));
        }
        if (p.daysAvailable() < a.days) {
            throw DomainException.conflict(InKindValue.CAPACITY_EXCEEDED, "the provider has " + p.daysAvailable()
                    + " day(s) left, not " + a.days);
        }
        a.nameProvider(p.id);
        timeline.record(a, "PROVIDER_PROPOSED", "offer " + p.id, user);
        return pending(a, oc, p);
    }

    /** The provider (a member of its organisation) or the consortium reports the days delivered. */
    public InKindAwardView reportDelivery(Long id, Integer days, String user) {
        Application a = Application.forUpdate(id).orElseThrow(() -> notFound(id));
        InKindAward found = em.find(InKindAward.class, a.id, LockModeType.PESSIMISTIC_WRITE);
        boolean provider = found != null && OrganisationMember.isMember(user,
                ProviderOffer.<ProviderOffer>findById(found.providerOfferId).organisationId);
        if (!provider && !ApplicationAccess.ofConsortium(a, user)) {
            if (OrganisationMember.isMember(user, a.organisationId)) {
                throw DomainException.forbidden("not_the_provider", "the provider or the consortium reports the delivery");
            }
            throw notFound(id);
        }
        InKindAward k = locked(a);
        if (!Application.REPORT_EXPECTED.contains(a.status)) {
            throw DomainException.conflict("application_not_awarded", "application " + a.id + " is " + a.status);
        }
        k.reportDelivery(days, user, clock.instant());
        timeline.record(a, "DELIVERY_REPORTED", days + " of " + k.days + " day(s)", user);
        return view(a, k);
    }

    /** The SME confirms the days reported: that is its report, which the consortium then verifies. */
    public InKindAwardView confirmDelivery(Long id, String user) {
        Application a = ApplicationAccess.lockedForApplicant(id, user);
        InKindAward k = locked(a);
        if (k.confirmDelivery(user, clock.instant())) {
            followUp.report(a.id, "The SME confirms " + k.deliveredDays + " of " + k.days + " day(s) delivered",
                    "in-kind-delivery:application-" + a.id, user);
        }
        return view(a, k);
    }

    /**
     * When the report is verified (the process's balance step): the provider is paid what was delivered, from the
     * award, to its IBAN; the rest returns to the open call and the unused days to the provider. False for an
     * application that is not in kind. Once: a retry finds the award settled.
     */
    boolean settle(Application a, String initiator) {
        InKindAward k = em.find(InKindAward.class, a.id, LockModeType.PESSIMISTIC_WRITE);
        if (k == null) {
            return false;
        }
        if (k.settled()) {
            return true;
        }
        ProviderOffer p = ProviderOffer.forUpdate(k.providerOfferId).orElseThrow();
        Money paid = k.deliveredValue();
        Long order = null;
        if (paid.isPositive()) {
            Organisation provider = Organisation.findById(p.organisationId);
            order = payments.open(new PaymentRequest(a.awardAccountId, provider.legalName, p.iban, paid, "In kind: "
                    + k.deliveredDays + " day(s) delivered to application " + a.id, "application:" + a.id + ":provider"),
                    initiator).id();
            a.balanceOrdered(order);
            timeline.record(a, "PAYMENT_ORDERED", "to the provider EUR " + paid + " (order " + order + ")", initiator);
        }
        Money rest = k.value.minus(paid);
        if (rest.isPositive()) {
            LedgerAccount award = ledger.lockForPayment(a.awardAccountId);
            ledger.transfer(TransferKind.DECOMMITMENT, award.id, award.parentId, rest, "in-kind-release:application-"
                    + a.id, initiator);
            timeline.record(a, "RELEASED", "EUR " + rest + " of " + k.undeliveredDays() + " undelivered day(s)", null);
        }
        p.release(k.undeliveredDays());
        k.settled(order, paid, rest);
        return true;
    }

    /** The award was released (withdrawal, failed report): its days return to the provider. */
    void released(Application a, Money unpaid) {
        InKindAward k = em.find(InKindAward.class, a.id, LockModeType.PESSIMISTIC_WRITE);
        if (k == null || k.settled()) {
            return;
        }
        ProviderOffer.forUpdate(k.providerOfferId).orElseThrow().release(k.days);
        k.settled(null, Money.ZERO, unpaid);
    }

    /** An in-kind award, for those who see the application and the provider's members. */
    public InKindAwardView get(Long id, String user, boolean officer) {
        Application a = Application.<Application>findByIdOptional(id).orElseThrow(() -> notFound(id));
        InKindAward k = InKindAward.<InKindAward>findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!ApplicationAccess.maySee(a, user, officer) && !OrganisationMember.isMember(user,
                ProviderOffer.<ProviderOffer>findById(k.providerOfferId).organisationId)) {
            throw notFound(id);
        }
        return view(a, k);
    }

    /** The in-kind award of an application the caller was already allowed to read; empty when it is not in kind. */
    public java.util.Optional<InKindAwardView> find(Long id) {
        return InKindAward.<InKindAward>findByIdOptional(id).map(k -> view(Application.findById(id), k));
    }

    /** The grant's in-kind awards, newest first, for its consortium and officers. */
    public List<InKindAwardView> ofGrant(Long grantId, String user, boolean officer) {
        Grant g = grants.readable(grantId, user, officer);
        return InKindAward.<InKindAward>list("grantId = ?1 order by applicationId desc", g.id).stream()
                .map(k -> view(Application.findById(k.applicationId), k)).toList();
    }

    private InKindAward locked(Application a) {
        InKindAward k = em.find(InKindAward.class, a.id, LockModeType.PESSIMISTIC_WRITE);
        if (k == null) {
            throw DomainException.conflict("not_in_kind", "application " + a.id + " has no in-kind award");
        }
        return k;
    }

    private InKindAwardView pending(Application a, OpenCall oc, ProviderOffer p) {
        Organisation sme = Organisation.findById(a.organisationId);
        Organisation provider = Organisation.findById(p.organisationId);
        return new InKindAwardView(a.id, oc.id, a.status, sme.id, sme.legalName, p.id, provider.legalName,
                oc.inKindService, a.days, p.dayRate, InKindValue.of(a.days, p.dayRate, oc.maxAmount), null, null, null,
                null, null, null, null);
    }

    private InKindAwardView view(Application a, InKindAward k) {
        Organisation sme = Organisation.findById(a.organisationId);
        ProviderOffer p = ProviderOffer.findById(k.providerOfferId);
        Organisation provider = Organisation.findById(p.organisationId);
        OpenCall oc = OpenCall.findById(a.openCallId);
        PaymentOrder order = k.paymentOrderId == null ? null : PaymentOrder.findById(k.paymentOrderId);
        return new InKindAwardView(a.id, oc.id, a.status, sme.id, sme.legalName, p.id, provider.legalName,
                oc.inKindService, k.days, k.dayRate, k.value, k.deliveredDays, k.deliveryReportedAt,
                k.deliveryConfirmedAt, k.paidToProvider, k.paymentOrderId, order == null ? null : order.status.name(),
                k.released);
    }

    private static DomainException notFound(Long id) {
        return DomainException.notFound("in-kind award", String.valueOf(id));
    }
}
