package io.grantflow.demo;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Activity;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.calls.domain.CallDefinition.DeadlineDefinition;
import io.grantflow.calls.domain.CallDefinition.Eligibility;
import io.grantflow.calls.domain.CallDefinition.FstpRules;
import io.grantflow.calls.domain.CallDefinition.FundingRates;
import io.grantflow.shared.geo.Countries;
import io.grantflow.calls.domain.RequiredOrganisationType;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.proposals.domain.PartnerRole;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.sector.Sectors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The earlier rounds of the demo's history (all illustrative): a Euroclusters round decided months
 * ago, whose grants now run open calls for SMEs, and a second round closed a few days ago and under
 * evaluation; the organisations and people who took part besides the demo users (they cannot log in).
 */
final class DemoRounds {

    /** Decided: deadline 170 days before loading, ranked, awarded, signed. */
    static final String DECIDED = "SMP-COSME-2020-CLUSTER-PILOT";
    /** Closed 3 days before loading: the evaluation is under way. */
    static final String UNDER_EVALUATION = "SMP-COSME-2025-CLUSTER-02";

    /** People of the history who are not demo users: they act in the story, nobody logs in as them. */
    static final String NORDIC = "demo-nordic";
    static final String LUMEN = "demo-lumen";
    static final String KRAKOW = "demo-krakow";
    static final String EBRO = "demo-ebro";
    static final String HANSE = "demo-hanse";

    record DemoOrganisation(OrganisationDefinition definition, List<String> members) {
    }

    /** Organisations 7–13, after the six of {@link DemoOrganisations}. */
    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            cluster("Nordic Food Tech Cluster ry", "900000031", "FI", NORDIC),
            cluster("Lithuanian Agrifood Cluster", "900000032", "LT", NORDIC),
            sme("Lumen Optics Lda", "900000041", "PT", "18.00", "2400000.00", "1900000.00", LUMEN),
            sme("Kraków Sensor Works sp. z o.o.", "900000042", "PL", "35.00", "6100000.00", "3800000.00", KRAKOW),
            new DemoOrganisation(new OrganisationDefinition("Grupo Industrial Ebro S.A.", "900000051", "ES",
                    OrganisationType.LARGE_ENTERPRISE, new BigDecimal("900.00"), Money.eur("250000000.00"),
                    Money.eur("210000000.00"), List.of()), List.of(EBRO)),
            sme("Hanseatic Marine Robotics GmbH", "900000043", "DE", "12.00", "1700000.00", "900000.00", HANSE));

    /** Organisation ids as the demo creates them: the six of DemoOrganisations, then ORGANISATIONS in order. */
    record Ids(long flanders, long bavaria, long aragon, long voltaic, long agro, long mobility, long nordic,
               long lithuania, long lumen, long krakow, long ebro, long hanse) {
    }

    private DemoRounds() {
    }

    static CallDefinition decided(Instant opensAt, Instant deadline) {
        return euroclustersLike(DECIDED, "Euroclusters – pilot round (decided)",
                "An earlier Euroclusters round, replayed into the demo's history: evaluated, ranked, awarded; its "
                        + "grants run open calls for SMEs and have reported on their first period. Identifier, budget "
                        + "and the length of the reporting periods (two of four months, so that the demo has "
                        + "reports) illustrative.",
                Money.eur("2000000.00"), 2, opensAt, deadline,
                new CallDefinition.GrantTerms(null, null, 4, null, null, null));
    }

    static CallDefinition underEvaluation(Instant opensAt, Instant deadline) {
        return euroclustersLike(UNDER_EVALUATION, "Euroclusters – second round (under evaluation)",
                "Closed a few days ago; experts are evaluating the proposals. Identifier and budget illustrative.",
                Money.eur("3000000.00"), 3, opensAt, deadline, null);
    }

    private static CallDefinition euroclustersLike(String identifier, String title, String description, Money budget,
                                                   int grants, Instant opensAt, Instant deadline,
                                                   CallDefinition.GrantTerms terms) {
        return new CallDefinition(identifier, title, description, "SMP", ActionType.GRANT_FOR_FINANCIAL_SUPPORT, budget,
                grants, null, Money.eur("1000000.00"),
                new FundingRates(new BigDecimal("100"), new BigDecimal("90")), opensAt, SubmissionModel.SINGLE_STAGE,
                List.of(new DeadlineDefinition("Deadline", deadline, null)),
                new Eligibility(3, 3, Countries.euAndSmpAssociated(),
                        List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 1)), List.of()),
                List.of(criterion("Relevance"), criterion("Quality"), criterion("Impact")), new BigDecimal("10"), null,
                new FstpRules(new BigDecimal("75.00"), Money.eur("60000.00")), Sectors.codes(), List.of("hydrogen", "batteries"),
                List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.SME_INTERNATIONALISATION, Activity.SKILLS),
                null, terms);
    }

    /**
     * A proposal asking EUR 1,000,000.00 at exactly 75.00 % SME share (as docs/examples/proposal.json):
     * EUR 750,000.00 of support to SMEs at 100 % plus EUR 277,777.78 of other costs at 90 %.
     */
    static ProposalContent proposal(String acronym, String title, String tag, long coordinator, long partner1,
                                    long partner2) {
        return new ProposalContent(acronym, title, "Cluster organisations run open calls that support SMEs in "
                + title.toLowerCase(java.util.Locale.ROOT) + ".", List.of(tag), coordinator,
                List.of(new ProposalContent.Partner(partner1, PartnerRole.PARTNER),
                        new ProposalContent.Partner(partner2, PartnerRole.PARTNER)),
                List.of(new ProposalContent.WorkPackage("Open calls and financial support to SMEs", null),
                        new ProposalContent.WorkPackage("Matchmaking and internationalisation", null),
                        new ProposalContent.WorkPackage("Management", null)),
                List.of(new ProposalContent.BudgetLine(coordinator, Money.eur("90000.00"), Money.eur("10000.00"), null,
                                null, Money.eur("750000.00"), Money.eur("25000.00")),
                        new ProposalContent.BudgetLine(partner1, Money.eur("80000.00"), Money.eur("7777.78"), null, null,
                                null, Money.eur("21944.44")),
                        new ProposalContent.BudgetLine(partner2, Money.eur("35000.00"), null, null,
                                Money.eur("8055.56"), null, null)));
    }

    private static CriterionDefinition criterion(String name) {
        return new CriterionDefinition(name, BigDecimal.ONE, new BigDecimal("3"));
    }

    private static DemoOrganisation cluster(String name, String pic, String country, String member) {
        return new DemoOrganisation(new OrganisationDefinition(name, pic, country, OrganisationType.CLUSTER_ORGANISATION,
                null, null, null, null), List.of(member));
    }

    private static DemoOrganisation sme(String name, String pic, String country, String staff, String turnover,
                                        String balance, String member) {
        return new DemoOrganisation(new OrganisationDefinition(name, pic, country, OrganisationType.SME,
                new BigDecimal(staff), Money.eur(turnover), Money.eur(balance), List.of()), List.of(member));
    }
}
