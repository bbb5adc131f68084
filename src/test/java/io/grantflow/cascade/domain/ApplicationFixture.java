package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** SMEs and their applications in each state of their life (no database), in the style of ddd-by-examples' PatronFixture. */
public final class ApplicationFixture {

    public static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2027, 4, 1);
    public static final Money ASKED = Money.eur("5000.00");
    public static final Long AWARD_ACCOUNT = 99L;
    public static final Duration REPORT_PERIOD = Duration.ofDays(60);

    private ApplicationFixture() {
    }

    /** A small Italian enterprise. */
    public static Organisation sme() {
        return organisation(1L, "Officine Verdi Srl", "IT", OrganisationType.SME, SmeCategory.SMALL);
    }

    /** A large enterprise: not an SME by its figures. */
    public static Organisation largeEnterprise() {
        return organisation(2L, "Acciaierie Riunite SpA", "IT", OrganisationType.LARGE_ENTERPRISE, SmeCategory.NOT_SME);
    }

    /** A French cluster organisation an officer has validated. */
    public static Organisation frenchCluster() {
        Organisation o = organisation(3L, "Pôle Mer Méditerranée", "FR", OrganisationType.CLUSTER_ORGANISATION, null);
        o.validate("officer", NOW);
        return o;
    }

    /** A German research organisation an officer has validated: no enterprise, so no SME category applies. */
    public static Organisation germanInstitute() {
        Organisation o = organisation(5L, "Fraunhofer-Institut für Lasertechnik", "DE",
                OrganisationType.RESEARCH_ORGANISATION, SmeCategory.NOT_APPLICABLE);
        o.validate("officer", NOW);
        return o;
    }

    public static Organisation organisation(Long id, String name, String country, OrganisationType type,
                                            SmeCategory category) {
        Organisation o = Organisation.register(new OrganisationDefinition(name, "99999" + id, country, type, null, null,
                null, null), category, "registrant", NOW);
        o.id = id;
        return o;
    }

    /** An application as the SME entered it, EUR 5,000 asked, not submitted yet. */
    public static Application smeApplication() {
        Application a = new Application();
        a.id = 11L;
        a.openCallId = 7L;
        a.grantId = 3L;
        a.organisationId = sme().id;
        a.applicant = "sme";
        a.requested = ASKED;
        a.purpose = "Switch two lines to hydrogen";
        a.iban = "IT60X0542811101000000123456";
        a.notInDifficulty = true;
        a.noDoubleFunding = true;
        return a;
    }

    /** A ClusterXchange application: 4 days (Monday to Thursday) at 150 km to a French cluster; nothing asked. */
    public static Application exchangeApplication() {
        Application a = smeApplication();
        a.requested = null;
        a.visitorName = "Giulia Rossi";
        a.visitorId = "IT-PASSPORT-1";
        a.hostOrganisationId = frenchCluster().id;
        a.stayFrom = LocalDate.of(2027, 3, 22);
        a.stayTo = LocalDate.of(2027, 3, 25);
        a.distanceKm = 150;
        return a;
    }

    public static Application submittedApplication() {
        Application a = smeApplication();
        a.submit(NOW);
        return a;
    }

    /** Passed the checks of a first-come-first-served call: awaits the award. */
    public static Application passedApplication() {
        Application a = submittedApplication();
        a.assess(passed(ASKED), Selection.FIRST_COME_FIRST_SERVED, NOW);
        return a;
    }

    /** Passed the checks of an evaluated call: awaits the consortium's decision. */
    public static Application underReviewApplication() {
        Application a = submittedApplication();
        a.assess(passed(ASKED), Selection.EVALUATED, NOW);
        return a;
    }

    public static Application waitlistedApplication() {
        Application a = passedApplication();
        a.waitlist(NOW);
        return a;
    }

    public static Application awardedApplication() {
        Application a = passedApplication();
        a.award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW);
        return a;
    }

    public static Application reportedApplication() {
        Application a = awardedApplication();
        a.report("Done", "doc-1", TODAY, NOW);
        return a;
    }

    public static Application reportRejectedApplication() {
        Application a = reportedApplication();
        a.rejectReport("Proof missing", NOW);
        return a;
    }

    public static Application refusedApplication() {
        Application a = submittedApplication();
        a.assess(new ApplicationPolicy.Outcome(ASKED, List.of(new Application.Refusal("double_funding", "twice"))),
                Selection.FIRST_COME_FIRST_SERVED, NOW);
        return a;
    }

    public static Application closedApplication() {
        Application a = reportedApplication();
        a.acceptReport(null);
        a.close(NOW);
        return a;
    }

    public static ApplicationPolicy.Outcome passed(Money amount) {
        return new ApplicationPolicy.Outcome(amount, List.of());
    }

    public static final BigDecimal GOOD_SCORE = new BigDecimal("82.5");
}
