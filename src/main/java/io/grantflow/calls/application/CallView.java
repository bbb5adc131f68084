package io.grantflow.calls.application;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallLifecycleRecord;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.calls.domain.Deadline;
import io.grantflow.calls.domain.LifecycleEvent;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A call as the API shows it, with its computed status and what its lifecycle process did. */
public record CallView(
        String identifier,
        String title,
        String description,
        ProgrammeRef programme,
        ActionType actionType,
        CallStatus status,
        String currency,
        Money budget,
        Integer expectedGrants,
        Money minGrant,
        Money maxGrant,
        CallDefinition.FundingRates fundingRates,
        Instant opensAt,
        SubmissionModel submissionModel,
        List<DeadlineView> deadlines,
        Instant nextDeadline,
        CallDefinition.Eligibility eligibility,
        List<CriterionView> criteria,
        BigDecimal overallThreshold,
        List<String> tieBreak,
        CallDefinition.FstpRules fstp,
        List<String> valueChains,
        List<String> activities,
        CallDefinition.EvaluationRules evaluation,
        CallDefinition.GrantTerms grantTerms,
        boolean illustrative,
        Instant publishedAt,
        Instant openedAt,
        Instant closedAt,
        List<LifecycleStep> lifecycle,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public record ProgrammeRef(String code, String name) {
    }

    public record DeadlineView(int index, String label, Instant at, Money budget, Instant batchClosedAt) {
    }

    public record CriterionView(String name, BigDecimal weight, BigDecimal threshold, BigDecimal maxScore) {
    }

    public record LifecycleStep(LifecycleEvent event, Integer deadlineIndex, Instant at) {
    }

    /** The stored scale, also for a call just created from input typed with fewer decimals. */
    private static BigDecimal scale(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }

    static CallView of(Call c, List<CallLifecycleRecord> records, Instant now) {
        List<DeadlineView> deadlines = new ArrayList<>();
        for (int i = 0; i < c.deadlines.size(); i++) {
            Deadline d = c.deadlines.get(i);
            int index = i;
            Instant closed = records.stream()
                    .filter(r -> r.event == LifecycleEvent.BATCH_CLOSED && Integer.valueOf(index).equals(r.deadlineIndex))
                    .map(r -> r.occurredAt).findFirst().orElse(null);
            deadlines.add(new DeadlineView(i, d.label, d.at, d.budget, closed));
        }
        List<CriterionView> criteria = c.criteria.stream()
                .map(k -> new CriterionView(k.name, scale(k.weight, 2), scale(k.threshold, 1), Criterion.MAX_SCORE))
                .toList();
        return new CallView(c.identifier, c.title, c.description,
                new ProgrammeRef(c.programme.code, c.programme.name), c.actionType, c.statusAt(now), Money.CURRENCY,
                c.budget, c.expectedGrants, c.minGrant, c.maxGrant,
                new CallDefinition.FundingRates(scale(c.fstpFundingRate, 2), scale(c.otherFundingRate, 2)), c.opensAt,
                c.submissionModel,
                deadlines, c.isDraft() || c.statusAt(now) == CallStatus.CLOSED ? null
                        : c.nextDeadline(now).map(d -> d.at).orElse(null),
                new CallDefinition.Eligibility(c.minPartners, c.minCountries, Arrays.asList(c.eligibleCountries),
                        c.requiredOrganisationTypes, c.requiredCountries),
                criteria, scale(c.overallThreshold, 1), Arrays.asList(c.tieBreak),
                new CallDefinition.FstpRules(scale(c.minSmeShare, 2), c.maxPerThirdParty),
                Arrays.asList(c.valueChains), Arrays.asList(c.activities),
                new CallDefinition.EvaluationRules(c.expertsPerProposal, c.minCommentLength, c.evaluationDays,
                        c.reminderDays, c.submissionModel == SubmissionModel.TWO_STAGE ? c.stage1Threshold : null,
                        c.submissionModel == SubmissionModel.TWO_STAGE ? c.stage2InvitationMultiple : null),
                new CallDefinition.GrantTerms(c.preFinancingPercent, Arrays.asList(c.interimPaymentPercents)),
                c.illustrative,
                c.publishedAt, c.openedAt, c.closedAt,
                records.stream().map(r -> new LifecycleStep(r.event, r.deadlineIndex, r.occurredAt)).toList(),
                c.createdBy, c.createdAt, c.updatedAt);
    }
}
