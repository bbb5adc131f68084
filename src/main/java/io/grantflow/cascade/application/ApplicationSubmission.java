package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationRequest;
import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.bank.Iban;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.text.TextLimits;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An SME applies to an open call. The submission locks the grant's row, so decisions under one grant
 * (caps, the first-come-first-served order) happen one at a time in commit order, and starts
 * fstp-lump-sum.bpmn in the same transaction: its checks and, for first-come-first-served calls, the
 * award ({@link ApplicationAward}) run before the response.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApplicationSubmission {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    Idempotency idempotency;

    @Inject
    ApplicationTimeline timeline;

    @Inject
    ApplicationQueries queries;

    @Inject
    OpenCallCutoffs cutoffs;

    /** Submits once per Idempotency-Key (a first-come-first-served award moves money at once). */
    public Idempotency.Result submit(Long openCallId, ApplicationRequest r, String key, String user) {
        return idempotency.once(key, "application:" + user, Map.of("openCall", openCallId, "request", r), 201,
                reference -> Application.<Application>find("requestReference", reference).firstResultOptional()
                        .map(queries::view) // the same request, resent after its key expired: the same application
                        .orElseGet(() -> submitNew(openCallId, r, user, reference)));
    }

    /**
     * What the submission would refuse as invalid ({@code invalid_application}), without submitting: every
     * violation, for a form that shows them beside its fields when some of its input could not even be read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Violation> check(Long openCallId, ApplicationRequest r) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        return violations(oc, r).list();
    }

    private ApplicationView submitNew(Long openCallId, ApplicationRequest r, String user, String requestReference) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        violations(oc, r).throwIfAny("invalid_application", "the application cannot be submitted");
        Organisation org = Organisation.findById(r.organisation());
        String iban = Iban.normalise(r.iban());
        if (!OrganisationMember.isMember(user, org.id)) {
            throw DomainException.forbidden("not_a_member", "you apply for an organisation you are a member of",
                    List.of(new Violation("organisation", "not_a_member", "not a member of " + org.legalName)));
        }
        Instant now = clock.instant();
        if (!oc.isOpenAt(now)) {
            throw DomainException.conflict("open_call_closed", "the open call is open from " + Brussels.format(oc.opensAt)
                    + " to " + Brussels.format(oc.closesAt));
        }
        Grant grant = Grant.forUpdate(oc.grantId).orElseThrow(); // one decision at a time per grant: caps, commit order
        if (grant.status != GrantStatus.SIGNED) {
            throw DomainException.conflict("grant_not_active", "grant " + grant.number + " is " + grant.status
                    + "; its open calls take no applications");
        }
        Application a = application(oc, org, r, iban);
        a.applicant = user;
        a.requestReference = requestReference;
        a.cutoffIndex = cutoffs.openAt(oc, now).map(c -> c.index).orElse(null); // counted against the cut-off open now
        a.submit(now);
        a.persist();
        timeline.record(a, "SUBMITTED", null, user);
        em.flush();
        workflow.submitted(a.id, cutoffs.selection(oc, a.cutoffIndex) == Selection.FIRST_COME_FIRST_SERVED);
        em.flush();
        return queries.view(a);
    }

    /** Every violation of the request's form: required fields, lengths, the IBAN, the sector, amounts, the exchange. */
    private static Violations violations(OpenCall oc, ApplicationRequest r) {
        Violations v = new Violations();
        if (v.required(r.organisation(), "organisation")) {
            v.check(Organisation.findById(r.organisation()) == null, "organisation", "unknown_organisation",
                    "there is no organisation " + r.organisation());
        }
        if (v.required(r.purpose(), "purpose")) {
            v.maxLength(r.purpose(), "purpose", TextLimits.PURPOSE);
        }
        Iban.parse(r.iban(), "iban", v);
        Sectors.checkOne(r.sector(), "sector", v);
        v.required(r.notInDifficulty(), "notInDifficulty");
        v.required(r.noDoubleFunding(), "noDoubleFunding");
        v.check(r.deMinimisReceived() != null && r.deMinimisReceived().isNegative(), "deMinimisReceived",
                "must_not_be_negative", "EUR 0.00 or more");
        boolean fixedAmount = oc.instrument.fixed() || oc.instrument == Instrument.CLUSTERXCHANGE || oc.inKindByDays();
        if (!fixedAmount && v.required(r.requested(), "requested")) {
            v.check(!r.requested().isPositive(), "requested", "must_be_positive", "more than EUR 0.00");
        }
        if (!oc.inKindByDays()) {
            v.check(r.days() != null, "days", "not_in_kind", "only an open call in kind by days takes days");
        } else if (v.required(r.days(), "days")) {
            v.check(r.days() < 1, "days", "must_be_positive", "at least 1 day");
            v.check(r.requested() != null, "requested", "not_an_amount", "this open call gives days of a service");
        }
        checkExchange(oc, r.exchange(), v);
        v.check(r.entrepreneur() != null && !oc.collectsEntrepreneurProfile, "entrepreneur", "profile_not_collected",
                "this open call does not ask whether the entrepreneur is young, new or female-led");
        return v;
    }

    private static void checkExchange(OpenCall oc, ApplicationRequest.Exchange x, Violations v) {
        if (oc.instrument != Instrument.CLUSTERXCHANGE) {
            v.check(x != null, "exchange", "not_an_exchange", "only ClusterXchange calls take an exchange");
            return;
        }
        if (!v.required(x, "exchange")) {
            return;
        }
        if (v.required(x.visitorName(), "exchange.visitorName")) {
            v.maxLength(x.visitorName(), "exchange.visitorName", TextLimits.NAME);
        }
        if (v.required(x.visitorId(), "exchange.visitorId")) {
            v.maxLength(x.visitorId(), "exchange.visitorId", TextLimits.IDENTIFIER);
        }
        if (v.required(x.host(), "exchange.host")) {
            v.check(Organisation.findById(x.host()) == null, "exchange.host", "unknown_organisation",
                    "there is no organisation " + x.host());
        }
        ExchangeLumpSums.checkStay(x.from(), x.to(), x.distanceKm(), "exchange.", v);
    }

    /** The application as the SME entered it: {@code requested} as asked (null where the instrument fixes the amount). */
    private static Application application(OpenCall oc, Organisation org, ApplicationRequest r, String iban) {
        Application a = new Application();
        a.openCallId = oc.id;
        a.grantId = oc.grantId;
        a.organisationId = org.id;
        a.requested = r.requested();
        a.days = r.days();
        a.purpose = r.purpose();
        a.sector = r.sector();
        a.iban = iban;
        a.notInDifficulty = r.notInDifficulty();
        a.noDoubleFunding = r.noDoubleFunding();
        a.deMinimisReceived = r.deMinimisReceived() == null ? Money.ZERO : r.deMinimisReceived();
        if (r.entrepreneur() != null) {
            a.youngEntrepreneur = r.entrepreneur().youngEntrepreneur();
            a.newBusiness = r.entrepreneur().newBusiness();
            a.femaleLed = r.entrepreneur().femaleLed();
        }
        ApplicationRequest.Exchange x = r.exchange();
        if (x != null) {
            a.visitorName = x.visitorName();
            a.visitorId = x.visitorId().trim();
            a.hostOrganisationId = x.host();
            a.stayFrom = x.from();
            a.stayTo = x.to();
            a.distanceKm = x.distanceKm();
        }
        return a;
    }
}
