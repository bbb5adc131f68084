package io.grantflow.calls.domain;

import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.calls.domain.CallDefinition.DeadlineDefinition;
import io.grantflow.calls.domain.CallDefinition.EvaluationRules;
import io.grantflow.calls.domain.CallDefinition.FstpRules;
import io.grantflow.calls.domain.CallDefinition.FundingRates;
import io.grantflow.calls.domain.CallDefinition.GrantTerms;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.time.Brussels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The known kinds of call an officer starts a new call from: the rules of a real call of ../shared/domain.md
 * (submission model, type of action, funding rates, eligibility, criteria, support to third parties, payment
 * schedule) with its dates laid out from a day on, ready to be changed and saved as a draft. A template is a
 * starting point, never a rule: the draft is checked by {@link CallDefinitionPolicy} like any other definition.
 */
public enum CallTemplate {

    /** Single stage, EUR 42 m for about 30 partnerships, at least 75% of each grant to SMEs. */
    EUROCLUSTERS,
    /** Exchange visits of cluster members paid as lump sums of up to EUR 1,100. */
    CLUSTERXCHANGE,
    /** Two stages (Horizon 2020 INNOSUP-01), EUR 4–5 m per project, 75% to SMEs. */
    INNOSUP_TWO_STAGE,
    /**
     * An Enterprise Europe Network call with three cut-offs, each with its own budget; proposals cover the five EEN
     * activities with their work packages; projects run 42 months (EEN 2024: 1 July 2025 – 31 December 2028).
     */
    EEN_CUTOFFS,
    /** Project grants of the EU–Ukraine Cluster Partnership: every proposal addresses both objectives. */
    EU_UKRAINE,
    /** A Horizon Europe lump-sum grant, paid per completed work package. */
    LUMP_SUM;

    private static final List<CriterionDefinition> SMP = List.of(criterion("Relevance"), criterion("Quality"),
            criterion("Impact"));
    private static final List<CriterionDefinition> HORIZON = List.of(criterion("Excellence"), criterion("Impact"),
            criterion("Implementation"));

    /** The five activities every EEN proposal covers with its work packages. */
    public static final List<RequiredActivity> EEN_ACTIVITIES = List.of(
            new RequiredActivity("SERVICES_TO_CLIENTS", "Services to clients"),
            new RequiredActivity("PROMOTION", "Promotion"),
            new RequiredActivity("NETWORK_DEVELOPMENT", "Network development"),
            new RequiredActivity("COORDINATION", "Coordination"),
            new RequiredActivity("PROJECT_MANAGEMENT", "Project management"));

    /** The two objectives every EU–Ukraine Cluster Partnership proposal addresses. */
    public static final List<CallObjective> UKRAINE_OBJECTIVES = List.of(
            new CallObjective("VALUE_CHAIN_INTERLINKAGES", "Value-chain interlinkages between EU and Ukrainian clusters"),
            new CallObjective("CAPACITY_BUILDING", "Capacity building of Ukrainian cluster organisations"));

    /** The template's definition, opening two weeks after {@code today}; the identifier names the opening year. */
    public CallDefinition definition(LocalDate today) {
        LocalDate opens = today.plusDays(14);
        String year = String.valueOf(opens.getYear());
        List<String> smpCountries = Countries.euAndSmpAssociated();
        return switch (this) {
            case EUROCLUSTERS -> new CallDefinition("SMP-COSME-" + year + "-CLUSTER-01", "Euroclusters",
                    "Partnerships of cluster organisations that support SMEs with financial support to third parties "
                            + "(at least 75% of the grant).", "SMP", ActionType.GRANT_FOR_FINANCIAL_SUPPORT,
                    Money.eur("42000000.00"), 30, null, null, rates("100", "90"), Brussels.at(opens, 0, 0),
                    SubmissionModel.SINGLE_STAGE, List.of(deadline("Deadline", opens.plusDays(90), null)),
                    eligibility(3, smpCountries, 1), SMP, BigDecimal.TEN, null,
                    new FstpRules(FstpRules.DEFAULT_MIN_SME_SHARE, FstpRules.DEFAULT_MAX_PER_THIRD_PARTY),
                    Sectors.codes(), List.of(), List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.INNOVATION_UPTAKE,
                    Activity.SME_INTERNATIONALISATION), null, null);
            case CLUSTERXCHANGE -> new CallDefinition("COSME-CLUSTERXCHANGE-" + year, "ClusterXchange",
                    "Short-term exchanges of cluster members (3 working days to 1 month), paid as lump sums of up to "
                            + "EUR 1,100 per exchange.", "SMP", ActionType.GRANT_FOR_FINANCIAL_SUPPORT,
                    Money.eur("1540000.00"), 14, null, Money.eur("110000.00"), rates("100", "75"),
                    Brussels.at(opens, 0, 0), SubmissionModel.SINGLE_STAGE,
                    List.of(deadline("Deadline", opens.plusDays(60), null)), eligibility(2, smpCountries, 2), SMP,
                    BigDecimal.TEN, null, new FstpRules(new BigDecimal("0.00"), Money.eur("1100.00")), List.of(),
                    List.of(), List.of(Activity.MOBILITY, Activity.CONNECT_ECOSYSTEMS), null, null);
            case INNOSUP_TWO_STAGE -> new CallDefinition("INNOSUP-" + year + "-01", "Cluster facilitated projects "
                    + "for new industrial value chains", "Two stages: a short proposal, then the full proposals of those "
                    + "invited.", "H2020", ActionType.GRANT_FOR_FINANCIAL_SUPPORT, Money.eur("25150000.00"), 6,
                    Money.eur("4000000.00"), Money.eur("5000000.00"), rates("100", "70"), Brussels.at(opens, 0, 0),
                    SubmissionModel.TWO_STAGE, List.of(deadline("Stage 1", opens.plusDays(60), null),
                    deadline("Stage 2", opens.plusDays(180), null)), eligibility(3, List.of(), 0), HORIZON,
                    BigDecimal.TEN, List.of("Excellence", "Impact"),
                    new FstpRules(FstpRules.DEFAULT_MIN_SME_SHARE, FstpRules.DEFAULT_MAX_PER_THIRD_PARTY),
                    List.of(), List.of(), List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.INNOVATION_UPTAKE),
                    new EvaluationRules(null, null, null, null, EvaluationRules.DEFAULT_STAGE1_THRESHOLD,
                            EvaluationRules.DEFAULT_STAGE2_MULTIPLE), null);
            case EEN_CUTOFFS -> new CallDefinition("SMP-COSME-" + year + "-EEN-01", "Enterprise Europe Network",
                    "Action grants, budget-based, with three cut-offs; proposals are ranked per cut-off.", "SMP",
                    ActionType.BUDGET_BASED_GRANT, Money.eur("182500000.00"), null, null, null, rates("100", "60"),
                    Brussels.at(opens, 0, 0), SubmissionModel.MULTIPLE_CUTOFFS,
                    List.of(deadline("Cut-off 1", opens.plusDays(60), "100000000.00"),
                            deadline("Cut-off 2", opens.plusDays(150), "50000000.00"),
                            deadline("Cut-off 3", opens.plusDays(240), "32500000.00")),
                    eligibility(1, smpCountries, 0), SMP, BigDecimal.TEN, null,
                    new FstpRules(new BigDecimal("0.00"), FstpRules.DEFAULT_MAX_PER_THIRD_PARTY), List.of(), List.of(),
                    List.of(Activity.SME_INTERNATIONALISATION, Activity.INNOVATION_UPTAKE), null, null)
                    .withProgrammeRules(List.of(), EEN_ACTIVITIES, projectPeriod(opens.plusDays(240), 42), null, null);
            case EU_UKRAINE -> new CallDefinition("SMP-COSME-" + year + "-CLUSTERUA-01", "EU–Ukraine Cluster Partnership",
                    "Project grants for partnerships of EU and Ukrainian cluster organisations; every proposal addresses "
                            + "both objectives.", "SMP", ActionType.PROJECT_GRANT, Money.eur("6000000.00"), 6, null,
                    Money.eur("1000000.00"), rates("100", "90"), Brussels.at(opens, 0, 0), SubmissionModel.SINGLE_STAGE,
                    List.of(deadline("Deadline", opens.plusDays(90), null)),
                    new CallDefinition.Eligibility(2, 2, List.of(), List.of(new RequiredOrganisationType(
                            OrganisationType.CLUSTER_ORGANISATION, 2)), List.of(new RequiredCountries(
                            "at least one partner established in Ukraine", List.of("UA"), 1))), SMP, BigDecimal.TEN,
                    null, new FstpRules(new BigDecimal("0.00"), FstpRules.DEFAULT_MAX_PER_THIRD_PARTY), List.of(),
                    List.of(), List.of(Activity.VALUE_CHAIN_COLLABORATION, Activity.CAPACITY_BUILDING), null, null)
                    .withProgrammeRules(UKRAINE_OBJECTIVES, List.of(), projectPeriod(opens.plusDays(150), 24), null, null);
            case LUMP_SUM -> new CallDefinition("HORIZON-" + year + "-LUMP-01", "Lump-sum collaboration grants",
                    "Lump-sum grants: each work package is paid when completed, whatever it cost.", "HORIZON-EUROPE",
                    ActionType.LUMP_SUM_GRANT, Money.eur("12000000.00"), 6, null, null, rates("100", "100"),
                    Brussels.at(opens, 0, 0), SubmissionModel.SINGLE_STAGE,
                    List.of(deadline("Deadline", opens.plusDays(90), null)), eligibility(3, List.of(), 0), HORIZON,
                    BigDecimal.TEN, List.of("Excellence", "Impact"),
                    new FstpRules(new BigDecimal("0.00"), FstpRules.DEFAULT_MAX_PER_THIRD_PARTY), List.of(), List.of(),
                    List.of(Activity.CONNECT_ECOSYSTEMS, Activity.SCALING_UP), null,
                    new GrantTerms(GrantTerms.DEFAULT_PRE_FINANCING, List.of()));
        };
    }

    /** A project period of {@code months} months from the first day of the month after {@code after}. */
    private static ProjectPeriod projectPeriod(LocalDate after, int months) {
        LocalDate start = after.withDayOfMonth(1).plusMonths(1);
        return new ProjectPeriod(start, start.plusMonths(months).minusDays(1));
    }

    private static CriterionDefinition criterion(String name) {
        return new CriterionDefinition(name, BigDecimal.ONE, new BigDecimal("3"));
    }

    private static FundingRates rates(String fstp, String other) {
        return new FundingRates(new BigDecimal(fstp), new BigDecimal(other));
    }

    private static DeadlineDefinition deadline(String label, LocalDate day, String budget) {
        return new DeadlineDefinition(label, Brussels.at(day, 17, 0), budget == null ? null : Money.eur(budget));
    }

    /** At least {@code partners} partners from as many countries, and {@code clusters} cluster organisations. */
    private static CallDefinition.Eligibility eligibility(int partners, List<String> countries, int clusters) {
        return new CallDefinition.Eligibility(partners, partners, countries, clusters == 0 ? List.of()
                : List.of(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, clusters)), List.of());
    }
}
