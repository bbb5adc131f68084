package io.grantflow.demo;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Activity;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallTemplate;
import io.grantflow.calls.domain.ProjectPeriod;
import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.calls.domain.CallDefinition.DeadlineDefinition;
import io.grantflow.calls.domain.CallDefinition.Eligibility;
import io.grantflow.calls.domain.CallDefinition.FstpRules;
import io.grantflow.calls.domain.CallDefinition.FundingRates;
import io.grantflow.shared.geo.Countries;
import io.grantflow.calls.domain.RequiredCountries;
import io.grantflow.calls.domain.RequiredOrganisationType;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.time.Brussels;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The programmes and calls of ../shared/domain.md, with their public budgets, rules and identifiers.
 * Figures and identifiers the sources do not give are plausible and marked illustrative. Real
 * deadlines are all past, so each call's instants are days relative to the day of seeding
 * (deadlines at 17:00:00 Brussels time).
 */
final class DemoCalls {

    record DemoProgramme(String code, String name, Money budget, boolean illustrative) {
    }

    record DemoCall(CallDefinition definition, boolean illustrative) {
    }

    static final List<DemoProgramme> PROGRAMMES = List.of(
            new DemoProgramme("SMP", "Single Market Programme (of which about EUR 1 bn for SME competitiveness, COSME strand)",
                    Money.eur("4089000000.00"), false),
            new DemoProgramme("COSME", "COSME – Competitiveness of Enterprises and SMEs (2014–2020)",
                    Money.eur("2300000000.00"), true),
            new DemoProgramme("H2020", "Horizon 2020", Money.eur("77028000000.00"), true),
            new DemoProgramme("HORIZON-EUROPE", "Horizon Europe", Money.eur("95500000000.00"), true));

    private static final List<CriterionDefinition> SMP_CRITERIA = List.of(
            criterion("Relevance", "3"), criterion("Quality", "3"), criterion("Impact", "3"));
    private static final List<CriterionDefinition> HORIZON_CRITERIA = List.of(
            criterion("Excellence", "3"), criterion("Impact", "3"), criterion("Implementation", "3"));
    private static final List<String> SMP_COUNTRIES = Countries.euAndSmpAssociated();

    private final LocalDate today;

    DemoCalls(LocalDate today) {
        this.today = today;
    }

    List<DemoCall> calls() {
        return List.of(euroclusters(), clusterXchange(), innosup(), escp4i(), escp4iSecondRound(), clusterExcellence(), een(),
                euUkraine(), academiaEnterprise());
    }

    /** Open: EUR 42 m, ~30 partnerships, at least 75% of each grant to SMEs as support to third parties. */
    private DemoCall euroclusters() {
        return new DemoCall(new CallDefinition("SMP-COSME-2021-CLUSTER-01", "Euroclusters for Europe's recovery",
                "Partnerships of cluster organisations and other SME support organisations that support SMEs with "
                        + "financial support to third parties (at least 75% of the grant). Deadlines shifted for the demo.",
                "SMP", ActionType.GRANT_FOR_FINANCIAL_SUPPORT, Money.eur("42000000.00"), 30, null, null,
                rates("100", "90"), day(-20), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", 40, null)),
                new Eligibility(3, 3, SMP_COUNTRIES,
                        List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 1)), List.of()),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("75.00"), Money.eur("60000.00")),
                Sectors.codes(), List.of("hydrogen", "batteries", "microelectronics", "cybersecurity", "furniture and living",
                        "water", "polymers and recycling", "logistics"),
                List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.INNOVATION_UPTAKE,
                        Activity.SME_INTERNATIONALISATION, Activity.SKILLS, Activity.DIGITALISATION,
                        Activity.GREEN_CIRCULAR_ECONOMY), null, null), false);
    }

    /** Forthcoming: exchange visits paid as lump sums of up to EUR 1,100 per exchange; 14 partnerships. */
    private DemoCall clusterXchange() {
        return new DemoCall(new CallDefinition("COSME-CLUSTERXCHANGE", "ClusterXchange – short-term exchanges of cluster members",
                "Scheme of the Cluster Excellence Programme: exchange visits of 3 working days to 1 month, lump sums of up to "
                        + "EUR 1,100 per exchange. Identifier and budget illustrative.",
                "COSME", ActionType.GRANT_FOR_FINANCIAL_SUPPORT, Money.eur("1540000.00"), 14, null, Money.eur("110000.00"),
                rates("100", "75"), day(10), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", 70, null)),
                new Eligibility(2, 2, SMP_COUNTRIES,
                        List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 2)), List.of()),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("0.00"), Money.eur("1100.00")),
                List.of(), List.of(), List.of(Activity.MOBILITY, Activity.CONNECT_ECOSYSTEMS), null, null), true);
    }

    /** Closed: Horizon 2020, two stages, EUR 25.15 m, EUR 4–5 m per project, 75% of the budget to SMEs. */
    private DemoCall innosup() {
        return new DemoCall(new CallDefinition("INNOSUP-01-2018-2020", "Cluster facilitated projects for new industrial value chains",
                "Horizon 2020 INNOSUP-01, two-stage (real deadlines 2 April 2020 and 8 September 2020; shifted for the demo).",
                "H2020", ActionType.GRANT_FOR_FINANCIAL_SUPPORT, Money.eur("25150000.00"), 6, Money.eur("4000000.00"),
                Money.eur("5000000.00"), rates("100", "70"), day(-200), SubmissionModel.TWO_STAGE,
                List.of(deadline("Stage 1", -150, null), deadline("Stage 2", -30, null)),
                new Eligibility(3, 3, List.of(), List.of(), List.of()),
                HORIZON_CRITERIA, new BigDecimal("10"), List.of("Excellence", "Impact"),
                new FstpRules(new BigDecimal("75.00"), Money.eur("60000.00")),
                List.of("ENERGY_INTENSIVE_INDUSTRIES", "DIGITAL", "AGRI_FOOD"), List.of("low-carbon industry", "industrial IoT"),
                List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.INNOVATION_UPTAKE), null, null), false);
    }

    /** Closed: 25 partnerships, EUR 7.24 m. */
    private DemoCall escp4i() {
        return new DemoCall(new CallDefinition("COSME-ESCP-4I", "European Strategic Cluster Partnerships – Going International",
                "ESCP-4i: 25 partnerships, EUR 7.24 m (a later call: EUR 8.3 m for 24). Identifier illustrative.",
                "COSME", ActionType.BUDGET_BASED_GRANT, Money.eur("7240000.00"), 25, null, null,
                rates("100", "75"), day(-120), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", -60, null)),
                new Eligibility(3, 3, SMP_COUNTRIES,
                        List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 3)), List.of()),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("0.00"), Money.eur("60000.00")),
                List.of(), List.of(), List.of(Activity.SME_INTERNATIONALISATION, Activity.CONNECT_ECOSYSTEMS), null, null)
                .withProgrammeRules(List.of(), List.of(), null, "ESCP-4i", null), true);
    }

    /** Open: the later ESCP-4i call, EUR 8.3 m for 24 partnerships, a round of the same scheme as the first. */
    private DemoCall escp4iSecondRound() {
        return new DemoCall(new CallDefinition("COSME-ESCP-4I-2", "European Strategic Cluster Partnerships – Going International (second round)",
                "The later ESCP-4i call: 24 partnerships, EUR 8.3 m, following the first round (EUR 7.24 m for 25). "
                        + "Identifier and dates illustrative.",
                "COSME", ActionType.BUDGET_BASED_GRANT, Money.eur("8300000.00"), 24, null, null,
                rates("100", "75"), day(-15), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", 55, null)),
                new Eligibility(3, 3, SMP_COUNTRIES,
                        List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 3)), List.of()),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("0.00"), Money.eur("60000.00")),
                List.of(), List.of(), List.of(Activity.SME_INTERNATIONALISATION, Activity.CONNECT_ECOSYSTEMS), null, null)
                .withProgrammeRules(List.of(), List.of(), null, "ESCP-4i", "COSME-ESCP-4I"), true);
    }

    /** Forthcoming: EUR 3.6 m, 10–12 partnerships: training, twinning, ClusterXchange. */
    private DemoCall clusterExcellence() {
        return new DemoCall(new CallDefinition("COSME-CLUSTER-EXCELLENCE", "Cluster Excellence Programme",
                "Cluster-manager training, twinning and ClusterXchange; EUR 3.6 m for 10–12 partnerships. Identifier illustrative.",
                "COSME", ActionType.BUDGET_BASED_GRANT, Money.eur("3600000.00"), 12, null, null,
                rates("100", "75"), day(5), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", 95, null)),
                new Eligibility(2, 2, SMP_COUNTRIES,
                        List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 2)), List.of()),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("0.00"), Money.eur("60000.00")),
                List.of(), List.of(), List.of(Activity.SKILLS, Activity.CAPACITY_BUILDING), null, null), true);
    }

    /** Open, with cut-offs: EEN 2024, EUR 182.5 m; the first cut-off has passed. Split across cut-offs illustrative. */
    private DemoCall een() {
        return new DemoCall(new CallDefinition("SMP-COSME-2024-EEN-01", "Enterprise Europe Network",
                "Action grant, budget-based, multiple cut-offs (the real first cut-off: 19 September 2024). Five activities: "
                        + "services to clients, promotion, network development, coordination, project management. "
                        + "Cut-off budgets and the 60% rate illustrative.",
                "SMP", ActionType.BUDGET_BASED_GRANT, Money.eur("182500000.00"), null, null, null,
                rates("100", "60"), day(-60), SubmissionModel.MULTIPLE_CUTOFFS,
                List.of(deadline("Cut-off 1", -5, "100000000.00"), deadline("Cut-off 2", 25, "50000000.00"),
                        deadline("Cut-off 3", 85, "32500000.00")),
                new Eligibility(1, 1, SMP_COUNTRIES, List.of(), List.of()),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("0.00"), Money.eur("60000.00")),
                List.of(), List.of(), List.of(Activity.SME_INTERNATIONALISATION, Activity.INNOVATION_UPTAKE,
                        Activity.DIGITALISATION), null, null)
                .withProgrammeRules(List.of(), CallTemplate.EEN_ACTIVITIES,
                        new ProjectPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2028, 12, 31)), null, null), false);
    }

    /** Open: project grants, 90%, must have a Ukrainian partner and an EU/SMP-country partner. Budget illustrative. */
    private DemoCall euUkraine() {
        return new DemoCall(new CallDefinition("SMP-COSME-2024-CLUSTERUA-01", "EU–Ukraine Cluster Partnership",
                "Project grants addressing both objectives: value-chain interlinkages and capacity building (real deadline "
                        + "4 June 2024; shifted for the demo). Budget illustrative.",
                "SMP", ActionType.PROJECT_GRANT, Money.eur("3000000.00"), 6, null, Money.eur("500000.00"),
                rates("100", "90"), day(-10), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", 50, null)),
                new Eligibility(2, 2, SMP_COUNTRIES, List.of(),
                        List.of(new RequiredCountries("Ukrainian partner", List.of("UA"), 1),
                                new RequiredCountries("EU or SMP-country partner",
                                        SMP_COUNTRIES.stream().filter(c -> !c.equals("UA")).toList(), 1))),
                SMP_CRITERIA, new BigDecimal("10"), null, new FstpRules(new BigDecimal("0.00"), Money.eur("60000.00")),
                List.of(), List.of(), List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.CAPACITY_BUILDING), null, null)
                .withProgrammeRules(CallTemplate.UKRAINE_OBJECTIVES, List.of(), null, null, null), false);
    }

    /** Closed: Horizon Europe lump-sum grant. Budget illustrative. */
    private DemoCall academiaEnterprise() {
        return new DemoCall(new CallDefinition("HORIZON-EIE-2024-CONNECT-02-01", "Expanding Academia–Enterprise Collaborations",
                "Horizon Europe lump-sum grant (real deadline 19 September 2024; shifted for the demo). Budget illustrative.",
                "HORIZON-EUROPE", ActionType.LUMP_SUM_GRANT, Money.eur("12000000.00"), 6, null, null,
                rates("100", "100"), day(-90), SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", -15, null)),
                new Eligibility(3, 3, List.of(),
                        List.of(new RequiredOrganisationType(OrganisationType.RESEARCH_ORGANISATION, 1)), List.of()),
                HORIZON_CRITERIA, new BigDecimal("10"), List.of("Excellence", "Impact"),
                new FstpRules(new BigDecimal("0.00"), Money.eur("60000.00")),
                List.of(), List.of(), List.of(Activity.CONNECT_ECOSYSTEMS, Activity.SCALING_UP), null, null), true);
    }

    private Instant day(int offset) {
        return Brussels.at(today.plusDays(offset), 0, 0);
    }

    private DeadlineDefinition deadline(String label, int dayOffset, String budget) {
        return new DeadlineDefinition(label, Brussels.at(today.plusDays(dayOffset), 17, 0),
                budget == null ? null : Money.eur(budget));
    }

    private static CriterionDefinition criterion(String name, String threshold) {
        return new CriterionDefinition(name, BigDecimal.ONE, new BigDecimal(threshold));
    }

    private static FundingRates rates(String fstp, String other) {
        return new FundingRates(new BigDecimal(fstp), new BigDecimal(other));
    }
}
