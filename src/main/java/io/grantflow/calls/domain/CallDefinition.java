package io.grantflow.calls.domain;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.shared.percent.PercentJson;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything an officer defines about a call: the body of {@code POST /api/calls} and
 * {@code PUT /api/calls/{identifier}}. Checked as a whole by {@link CallDefinitionPolicy}.
 * Percentages are numbers such as {@code 75.00}; amounts are {@link Money}. {@code sectors} are
 * industrial-ecosystem codes ({@link io.grantflow.shared.sector.Ecosystem}), {@code valueChains} free keywords.
 * {@code objectives} every proposal must address and {@code requiredActivities} its work packages must cover are the
 * call's own codes; {@code scheme} names the scheme the call is a round of, {@code previousRound} the identifier of
 * the call it follows (same programme).
 */
public record CallDefinition(
        String identifier,
        String title,
        String description,
        String programme,
        ActionType actionType,
        Money budget,
        Integer expectedGrants,
        Money minGrant,
        Money maxGrant,
        FundingRates fundingRates,
        Instant opensAt,
        SubmissionModel submissionModel,
        List<DeadlineDefinition> deadlines,
        Eligibility eligibility,
        List<CriterionDefinition> criteria,
        BigDecimal overallThreshold,
        List<String> tieBreak,
        FstpRules fstp,
        List<String> sectors,
        List<String> valueChains,
        List<Activity> activities,
        EvaluationRules evaluation,
        GrantTerms grantTerms,
        List<CallObjective> objectives,
        List<RequiredActivity> requiredActivities,
        ProjectPeriod projectPeriod,
        String scheme,
        String previousRound) {

    /** A definition without objectives, required activities, project period, scheme or previous round. */
    public CallDefinition(String identifier, String title, String description, String programme, ActionType actionType,
                          Money budget, Integer expectedGrants, Money minGrant, Money maxGrant,
                          FundingRates fundingRates, Instant opensAt, SubmissionModel submissionModel,
                          List<DeadlineDefinition> deadlines, Eligibility eligibility,
                          List<CriterionDefinition> criteria, BigDecimal overallThreshold, List<String> tieBreak,
                          FstpRules fstp, List<String> sectors, List<String> valueChains, List<Activity> activities,
                          EvaluationRules evaluation, GrantTerms grantTerms) {
        this(identifier, title, description, programme, actionType, budget, expectedGrants, minGrant, maxGrant,
                fundingRates, opensAt, submissionModel, deadlines, eligibility, criteria, overallThreshold, tieBreak,
                fstp, sectors, valueChains, activities, evaluation, grantTerms, null, null, null, null, null);
    }

    /** The same definition with another identifier. */
    public CallDefinition withIdentifier(String id) {
        return new CallDefinition(id, title, description, programme, actionType, budget, expectedGrants, minGrant,
                maxGrant, fundingRates, opensAt, submissionModel, deadlines, eligibility, criteria, overallThreshold,
                tieBreak, fstp, sectors, valueChains, activities, evaluation, grantTerms, objectives,
                requiredActivities, projectPeriod, scheme, previousRound);
    }

    /** The same definition with the programme rules of issue 20: objectives, required activities, period, rounds. */
    public CallDefinition withProgrammeRules(List<CallObjective> objectives, List<RequiredActivity> requiredActivities,
                                             ProjectPeriod projectPeriod, String scheme, String previousRound) {
        return new CallDefinition(identifier, title, description, programme, actionType, budget, expectedGrants,
                minGrant, maxGrant, fundingRates, opensAt, submissionModel, deadlines, eligibility, criteria,
                overallThreshold, tieBreak, fstp, sectors, valueChains, activities, evaluation, grantTerms, objectives,
                requiredActivities, projectPeriod, scheme, previousRound);
    }

    /** Funding rates in percent: support to third parties, and all other eligible costs. */
    public record FundingRates(@JsonSerialize(using = PercentJson.class) BigDecimal financialSupportToThirdParties,
                               @JsonSerialize(using = PercentJson.class) BigDecimal otherCosts) {
    }

    public record DeadlineDefinition(String label, Instant at, Money budget) {
    }

    public record CriterionDefinition(String name, BigDecimal weight, BigDecimal threshold) {
    }

    public record Eligibility(Integer minPartners, Integer minCountries, List<String> eligibleCountries,
                              List<RequiredOrganisationType> requiredOrganisationTypes,
                              List<RequiredCountries> requiredCountries) {
    }

    /** Financial support to third parties: minimum SME share in percent, cap per third party. */
    public record FstpRules(@JsonSerialize(using = PercentJson.class) BigDecimal minSmeShare, Money maxPerThirdParty) {
        public static final BigDecimal DEFAULT_MIN_SME_SHARE = new BigDecimal("75.00");
        public static final Money DEFAULT_MAX_PER_THIRD_PARTY = Money.eur("60000.00");
    }

    /**
     * How proposals are evaluated: experts per proposal, the minimum length of an expert's comment,
     * days from the start of an evaluation to its due date and the reminder before it, and for
     * two-stage calls the stage-1 threshold per criterion and how many times the budget is invited.
     */
    public record EvaluationRules(Integer expertsPerProposal, Integer minCommentLength, Integer evaluationDays,
                                  Integer reminderDaysBefore, BigDecimal stage1Threshold,
                                  BigDecimal stage2InvitationMultiple) {
        public static final int DEFAULT_EXPERTS_PER_PROPOSAL = 3;
        public static final int DEFAULT_MIN_COMMENT_LENGTH = 10;
        public static final int DEFAULT_EVALUATION_DAYS = 14;
        public static final int DEFAULT_REMINDER_DAYS = 3;
        public static final BigDecimal DEFAULT_STAGE1_THRESHOLD = new BigDecimal("4.0");
        public static final BigDecimal DEFAULT_STAGE2_MULTIPLE = new BigDecimal("3.00");
    }

    /**
     * The payment schedule of the call's grants in percent of the maximum EU contribution:
     * pre-financing at signature, one interim payment per entry, and the balance (the rest). Lump-sum
     * grants pay the part after pre-financing per completed work package instead.
     */
    public record GrantTerms(@JsonSerialize(using = PercentJson.class) BigDecimal preFinancingPercent,
                             @JsonSerialize(contentUsing = PercentJson.class) List<BigDecimal> interimPaymentPercents,
                             Integer reportingPeriodMonths, Integer reportDueDays, Integer paymentDays,
                             @JsonSerialize(using = PercentJson.class) BigDecimal interimCeilingPercent) {
        public static final BigDecimal DEFAULT_PRE_FINANCING = new BigDecimal("40.00");
        public static final List<BigDecimal> DEFAULT_INTERIM = List.of(new BigDecimal("30.00"));
        /** Each reporting period lasts this many months; a grant has one period per interim payment, plus the last. */
        public static final int DEFAULT_PERIOD_MONTHS = 18;
        /** A periodic report is due this many days after its period's end. */
        public static final int DEFAULT_REPORT_DUE_DAYS = 60;
        /** The payment after a report is due this many days after its receipt (suspensions not counted). */
        public static final int DEFAULT_PAYMENT_DAYS = 90;
        /** Pre-financing and interim payments together pay at most this share of the maximum grant. */
        public static final BigDecimal DEFAULT_INTERIM_CEILING = new BigDecimal("90.00");

        public GrantTerms(BigDecimal preFinancingPercent, List<BigDecimal> interimPaymentPercents) {
            this(preFinancingPercent, interimPaymentPercents, null, null, null, null);
        }
    }

    public List<DeadlineDefinition> deadlinesOrEmpty() {
        return deadlines == null ? List.of() : deadlines;
    }

    public List<CriterionDefinition> criteriaOrEmpty() {
        return criteria == null ? List.of() : criteria;
    }

    public List<CallObjective> objectivesOrEmpty() {
        return objectives == null ? List.of() : objectives;
    }

    public List<RequiredActivity> requiredActivitiesOrEmpty() {
        return requiredActivities == null ? List.of() : requiredActivities;
    }
}
