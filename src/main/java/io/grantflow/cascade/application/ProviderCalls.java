package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ProviderCallView;
import io.grantflow.cascade.api.ProviderOfferRequest;
import io.grantflow.cascade.api.ProviderOfferView;
import io.grantflow.cascade.domain.OwnApplication;
import io.grantflow.cascade.domain.ProviderCall;
import io.grantflow.cascade.domain.ProviderCallDefinition;
import io.grantflow.cascade.domain.ProviderCallPolicy;
import io.grantflow.cascade.domain.ProviderEligibility;
import io.grantflow.cascade.domain.ProviderOffer;
import io.grantflow.cascade.domain.ProviderOfferStatus;
import io.grantflow.grants.application.GrantAccess;
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
import io.grantflow.shared.text.TextLimits;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calls for service providers and the grant's provider roster: a consortium member publishes a call (no money moves),
 * providers offer their service, every rule checked at once ({@link ProviderEligibility}); a first-come-first-served
 * call selects an eligible offer at once, an evaluated one waits for the consortium's decision. Offers are decided
 * with the grant's row locked, as applications are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProviderCalls {

    /** The most languages an offer lists. */
    static final int MAX_LANGUAGES = 10;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    GrantAccess grants;

    public Idempotency.Result create(Long grantId, ProviderCallDefinition d, String key, String user) {
        return idempotency.once(key, "provider-call:" + grantId + ":" + user, d, 201, reference -> {
            Grant g = grants.lockedForMember(grantId, user);
            if (g.status != GrantStatus.SIGNED) {
                throw DomainException.conflict("grant_not_signed", "grant " + g.number + " is " + g.status
                        + "; a signed grant's consortium calls for providers");
            }
            var made = ProviderCall.<ProviderCall>find("requestReference", reference).firstResultOptional();
            if (made.isPresent()) { // the same request, resent after its key expired
                return view(made.get());
            }
            Violations v = new Violations();
            v.addAll(ProviderCallPolicy.check(d));
            v.throwIfAny("invalid_provider_call", "the provider call cannot be created");
            ProviderCall c = ProviderCall.publish(g.id, d, user, reference, clock.instant());
            c.persist();
            return view(c);
        });
    }

    public ProviderCallView get(Long id) {
        return view(call(id));
    }

    /** A grant's provider calls, newest first, for its consortium and officers. */
    public List<ProviderCallView> ofGrant(Long grantId, String user, boolean officer) {
        Grant g = grants.readable(grantId, user, officer);
        return ProviderCall.<ProviderCall>list("grantId = ?1 order by id desc", g.id).stream().map(this::view).toList();
    }

    /** A provider offers its service; refused with every reason, selected at once (first come) or left to the consortium. */
    public Idempotency.Result offer(Long callId, ProviderOfferRequest r, String key, String user) {
        return idempotency.once(key, "provider-offer:" + user, Map.of("call", callId, "offer", r), 201, reference ->
                ProviderOffer.<ProviderOffer>find("requestReference", reference).firstResultOptional().map(this::view)
                        .orElseGet(() -> offerNew(call(callId), r, user, reference)));
    }

    private ProviderOfferView offerNew(ProviderCall c, ProviderOfferRequest r, String user, String reference) {
        violations(r).throwIfAny("invalid_offer", "the offer cannot be submitted");
        Organisation org = Organisation.findById(r.organisation());
        if (!OrganisationMember.isMember(user, org.id)) {
            throw DomainException.forbidden("not_a_member", "you offer for an organisation you are a member of",
                    List.of(new Violation("organisation", "not_a_member", "not a member of " + org.legalName)));
        }
        Instant now = clock.instant();
        if (!c.isOpenAt(now)) {
            throw DomainException.conflict("provider_call_closed", "the call is open from " + Brussels.format(c.opensAt)
                    + " to " + Brussels.format(c.closesAt));
        }
        Grant g = Grant.forUpdate(c.grantId).orElseThrow(); // one decision at a time per grant
        boolean offered = ProviderOffer.count("providerCallId = ?1 and organisationId = ?2 and status in ?3", c.id, org.id,
                List.of(ProviderOfferStatus.UNDER_REVIEW, ProviderOfferStatus.SELECTED)) > 0;
        ProviderOffer o = new ProviderOffer();
        o.providerCallId = c.id;
        o.grantId = g.id;
        o.organisationId = org.id;
        o.applicant = user;
        o.requestReference = reference;
        o.dayRate = r.dayRate();
        o.capacityDays = r.capacityDays();
        o.languages = r.languages() == null ? new String[0]
                : r.languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        o.description = r.description();
        o.iban = Iban.normalise(r.iban());
        o.assess(ProviderEligibility.check(c, r.dayRate(), new ProviderEligibility.Facts(org,
                Arrays.asList(g.beneficiaries).contains(org.id), offered)), c.selection, now);
        o.persist();
        return view(o);
    }

    private static Violations violations(ProviderOfferRequest r) {
        Violations v = new Violations();
        if (v.required(r.organisation(), "organisation")) {
            v.check(Organisation.findById(r.organisation()) == null, "organisation", "unknown_organisation",
                    "there is no organisation " + r.organisation());
        }
        if (v.required(r.dayRate(), "dayRate")) {
            v.check(!r.dayRate().isPositive(), "dayRate", "must_be_positive", "more than EUR 0.00");
        }
        if (v.required(r.capacityDays(), "capacityDays")) {
            v.check(r.capacityDays() < 1, "capacityDays", "must_be_positive", "at least 1 day");
        }
        List<String> languages = r.languages() == null ? List.of() : r.languages();
        v.check(languages.size() > MAX_LANGUAGES, "languages", "too_many", "at most " + MAX_LANGUAGES);
        for (int i = 0; i < languages.size(); i++) {
            v.check(languages.get(i) == null || !languages.get(i).trim().matches("[A-Za-z]{2}"), "languages[" + i + "]",
                    "invalid_language", "an ISO 639-1 code such as fr");
        }
        if (v.required(r.description(), "description")) {
            v.maxLength(r.description(), "description", TextLimits.PURPOSE);
        }
        Iban.parse(r.iban(), "iban", v);
        return v;
    }

    /** The consortium selects (onto the roster) or rejects an offer to an evaluated call; never its own member's. */
    public ProviderOfferView decide(Long offerId, boolean select, String reason, String user) {
        ProviderOffer o = ProviderOffer.forUpdate(offerId).orElseThrow(() -> notFound(offerId));
        Grant g = Grant.forUpdate(o.grantId).orElseThrow();
        if (!OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries))) {
            if (OrganisationMember.isMember(user, o.organisationId)) {
                throw DomainException.forbidden("not_consortium_member", "the consortium running the call decides");
            }
            throw notFound(offerId);
        }
        if (OrganisationMember.isMember(user, o.organisationId)) {
            throw DomainException.forbidden(OwnApplication.CODE, "nobody who belongs to the provider decides its offer");
        }
        o.decide(select, reason, user, clock.instant());
        return view(o);
    }

    /** An offer, for the provider's members, the grant's consortium and officers; anyone else: not found. */
    public ProviderOfferView offerView(Long offerId, String user, boolean officer) {
        ProviderOffer o = ProviderOffer.<ProviderOffer>findByIdOptional(offerId).orElseThrow(() -> notFound(offerId));
        Grant g = Grant.findById(o.grantId);
        if (!officer && !OrganisationMember.isMember(user, o.organisationId)
                && !OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries))) {
            throw notFound(offerId);
        }
        return view(o);
    }

    /** The grant's roster: its selected providers in the order they came, with the days they have left. */
    public List<ProviderOfferView> roster(Long grantId, String user, boolean officer) {
        Grant g = grants.readable(grantId, user, officer);
        return ProviderOffer.<ProviderOffer>list("grantId = ?1 and status = ?2 order by id", g.id,
                ProviderOfferStatus.SELECTED).stream().map(this::view).toList();
    }

    /** Offers to one call (every status), for the grant's consortium and officers. */
    public List<ProviderOfferView> offers(Long callId, String user, boolean officer) {
        ProviderCall c = call(callId);
        grants.readable(c.grantId, user, officer);
        return ProviderOffer.<ProviderOffer>list("providerCallId = ?1 order by id", c.id).stream().map(this::view).toList();
    }

    private static ProviderCall call(Long id) {
        return ProviderCall.<ProviderCall>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("provider call", String.valueOf(id)));
    }

    private static DomainException notFound(Long id) {
        return DomainException.notFound("provider offer", String.valueOf(id));
    }

    ProviderCallView view(ProviderCall c) {
        Grant g = Grant.findById(c.grantId);
        Organisation coordinator = Organisation.findById(g.coordinatorId);
        return new ProviderCallView(c.id, g.id, g.number, coordinator.legalName, c.title, c.description, c.service,
                Money.CURRENCY, c.maxDayRate, List.copyOf(c.types()), c.selection, c.opensAt, c.closesAt,
                c.isOpenAt(clock.instant()));
    }

    ProviderOfferView view(ProviderOffer o) {
        Organisation org = Organisation.findById(o.organisationId);
        ProviderCall c = ProviderCall.findById(o.providerCallId);
        return new ProviderOfferView(o.id, o.providerCallId, o.grantId, o.organisationId, org.legalName, c.service,
                o.dayRate, o.capacityDays, o.daysAwarded, o.daysAvailable(), Arrays.asList(o.languages), o.description,
                o.status, o.refusals, o.decisionReason, o.submittedAt);
    }
}
