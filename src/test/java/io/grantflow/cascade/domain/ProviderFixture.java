package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;

import static io.grantflow.cascade.domain.ApplicationFixture.NOW;
import static io.grantflow.cascade.domain.ApplicationFixture.organisation;

/** Provider calls, roster providers and in-kind open calls as the rules see them (no database). */
public final class ProviderFixture {

    private ProviderFixture() {
    }

    /** Coaching at EUR 800 a day at most, from the default provider types, first come first served. */
    public static ProviderCall coachingCall() {
        ProviderCall c = ProviderCall.publish(3L, new ProviderCallDefinition("Coaches for hydrogen SMEs", null,
                ServiceKind.COACHING, Money.eur("800.00"), null, Selection.FIRST_COME_FIRST_SERVED,
                OpenCallFixture.OPENS, OpenCallFixture.CLOSES), "coordinator", "ref", NOW);
        c.id = 21L;
        return c;
    }

    /** A Belgian business-support organisation an officer has validated. */
    public static Organisation coachingAgency() {
        Organisation o = organisation(31L, "Coaching Wallonie ASBL", "BE", OrganisationType.BUSINESS_SUPPORT_ORGANISATION,
                null);
        o.validate("officer", NOW);
        return o;
    }

    /** A coach on the roster at EUR 700 a day for 10 days. */
    public static ProviderOffer rosterCoach() {
        ProviderOffer o = new ProviderOffer();
        o.id = 41L;
        o.providerCallId = 21L;
        o.grantId = 3L;
        o.organisationId = coachingAgency().id;
        o.dayRate = Money.eur("700.00");
        o.capacityDays = 10;
        o.assess(java.util.List.of(), Selection.FIRST_COME_FIRST_SERVED, NOW);
        return o;
    }

    /** Coaching in kind: at most 5 days, worth at most EUR 3,000 per SME. */
    public static OpenCall inKindCoaching() {
        OpenCall oc = OpenCallFixture.evaluatedOpenCall();
        oc.typeOfSupport = TypeOfSupport.IN_KIND_SERVICE;
        oc.maxAmount = Money.eur("3000.00");
        oc.firstTranchePercent = BigDecimal.ZERO;
        oc.inKindService = ServiceKind.COACHING;
        oc.inKindMaxDays = 5;
        return oc;
    }

    /** An SME's application for {@code days} days of coaching. */
    public static Application coachingApplication(int days) {
        Application a = ApplicationFixture.smeApplication();
        a.requested = null;
        a.days = days;
        a.deMinimisReceived = Money.ZERO;
        return a;
    }

    public static Organisation unvalidatedResearchLab() {
        return organisation(32L, "Laboratoire Hydrogène", "FR", OrganisationType.RESEARCH_ORGANISATION,
                SmeCategory.NOT_APPLICABLE);
    }
}
