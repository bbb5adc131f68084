package io.grantflow.calls.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything an officer defines about a call: the body of {@code POST /api/calls} and
 * {@code PUT /api/calls/{identifier}}. Checked as a whole by {@link CallDefinitionPolicy}.
 * Percentages are numbers such as {@code 75.00}; amounts are {@link Money}.
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
        List<ValueChain> valueChains,
        List<Activity> activities) {

    /** Funding rates in percent: support to third parties, and all other eligible costs. */
    public record FundingRates(BigDecimal financialSupportToThirdParties, BigDecimal otherCosts) {
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
    public record FstpRules(BigDecimal minSmeShare, Money maxPerThirdParty) {
        public static final BigDecimal DEFAULT_MIN_SME_SHARE = new BigDecimal("75.00");
        public static final Money DEFAULT_MAX_PER_THIRD_PARTY = Money.eur("60000.00");
    }

    public List<DeadlineDefinition> deadlinesOrEmpty() {
        return deadlines == null ? List.of() : deadlines;
    }

    public List<CriterionDefinition> criteriaOrEmpty() {
        return criteria == null ? List.of() : criteria;
    }
}
