package io.grantflow.calls.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Activity;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallLifecycleRecord;
import io.grantflow.calls.domain.CallObjective;
import io.grantflow.calls.domain.ProjectPeriod;
import io.grantflow.calls.domain.RequiredActivity;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.calls.domain.Deadline;
import io.grantflow.calls.domain.LifecycleEvent;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.percent.PercentJson;

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
        List<String> sectors,
        List<String> valueChains,
        List<String> activities,
        CallDefinition.EvaluationRules evaluation,
        CallDefinition.GrantTerms grantTerms,
        List<CallObjective> objectives,
        List<RequiredActivity> requiredActivities,
        ProjectPeriod projectPeriod,
        String scheme,
        String previousRound,
        List<RoundView> laterRounds,
        boolean illustrative,
        Instant publishedAt,
        Instant openedAt,
        Instant closedAt,
        List<LifecycleStep> lifecycle,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<DefaultApplied> defaultsApplied) {

    /**
     * A rule the definition left out and the call took by default, as the call now holds it (e.g.
     * {@code fstp.minSmeShare} {@code 75.00}): shown in the answer to {@code POST} and {@code PUT}, so that
     * no default is taken silently. {@code GET} shows the values themselves in their fields.
     */
    public record DefaultApplied(String field, String value) {
    }

    /** The definition this call holds, as {@code PUT /api/calls/{identifier}} takes it: a draft's starting point. */
    public CallDefinition definition() {
        return new CallDefinition(identifier, title, description, programme.code(), actionType, budget, expectedGrants,
                minGrant, maxGrant, fundingRates, opensAt, submissionModel,
                deadlines.stream().map(d -> new CallDefinition.DeadlineDefinition(d.label(), d.at(), d.budget())).toList(),
                eligibility, criteria.stream().map(c -> new CallDefinition.CriterionDefinition(c.name(), c.weight(),
                c.threshold())).toList(), overallThreshold, tieBreak, fstp, sectors, valueChains,
                activities.stream().map(Activity::valueOf).toList(), evaluation, grantTerms, objectives,
                requiredActivities, projectPeriod, scheme, previousRound);
    }

    /** A later round of the call: a call that names this one as its previous round. */
    public record RoundView(String identifier, String title, Money budget, Integer expectedGrants, Instant opensAt) {
    }

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

    public static CallView of(Call c, List<CallLifecycleRecord> records, Instant now) {
        return of(c, records, now, null);
    }

    /** The call just defined from {@code d}, with the rules it took by default. */
    public static CallView defined(Call c, CallDefinition d, Instant now) {
        return of(c, List.of(), now, defaultsApplied(c, d));
    }

    public static List<DefaultApplied> defaultsApplied(Call c, CallDefinition d) {
        List<DefaultApplied> out = new ArrayList<>();
        CallDefinition.FstpRules f = d.fstp();
        if (f == null || f.minSmeShare() == null) {
            out.add(new DefaultApplied("fstp.minSmeShare", PercentJson.shown(c.minSmeShare).toPlainString()));
        }
        if (f == null || f.maxPerThirdParty() == null) {
            out.add(new DefaultApplied("fstp.maxPerThirdParty", c.maxPerThirdParty.toString()));
        }
        CallDefinition.Eligibility e = d.eligibility();
        if (e == null || e.minPartners() == null) {
            out.add(new DefaultApplied("eligibility.minPartners", String.valueOf(c.minPartners)));
        }
        if (e == null || e.minCountries() == null) {
            out.add(new DefaultApplied("eligibility.minCountries", String.valueOf(c.minCountries)));
        }
        if (e == null || e.eligibleCountries() == null) {
            out.add(new DefaultApplied("eligibility.eligibleCountries", "any country"));
        }
        if (d.tieBreak() == null || d.tieBreak().isEmpty()) {
            out.add(new DefaultApplied("tieBreak", String.join(", ", c.tieBreak)));
        }
        CallDefinition.EvaluationRules ev = d.evaluation();
        if (ev == null || ev.expertsPerProposal() == null) {
            out.add(new DefaultApplied("evaluation.expertsPerProposal", String.valueOf(c.expertsPerProposal)));
        }
        if (ev == null || ev.minCommentLength() == null) {
            out.add(new DefaultApplied("evaluation.minCommentLength", String.valueOf(c.minCommentLength)));
        }
        if (ev == null || ev.evaluationDays() == null) {
            out.add(new DefaultApplied("evaluation.evaluationDays", String.valueOf(c.evaluationDays)));
        }
        if (ev == null || ev.reminderDaysBefore() == null) {
            out.add(new DefaultApplied("evaluation.reminderDaysBefore", String.valueOf(c.reminderDays)));
        }
        if (c.submissionModel == SubmissionModel.TWO_STAGE && (ev == null || ev.stage1Threshold() == null)) {
            out.add(new DefaultApplied("evaluation.stage1Threshold", c.stage1Threshold.toPlainString()));
        }
        if (c.submissionModel == SubmissionModel.TWO_STAGE && (ev == null || ev.stage2InvitationMultiple() == null)) {
            out.add(new DefaultApplied("evaluation.stage2InvitationMultiple",
                    c.stage2InvitationMultiple.toPlainString()));
        }
        CallDefinition.GrantTerms g = d.grantTerms();
        if (g == null || g.preFinancingPercent() == null) {
            out.add(new DefaultApplied("grantTerms.preFinancingPercent",
                    PercentJson.shown(c.preFinancingPercent).toPlainString()));
        }
        if (g == null || g.interimPaymentPercents() == null) {
            out.add(new DefaultApplied("grantTerms.interimPaymentPercents", String.join(", ",
                    Arrays.stream(c.interimPaymentPercents).map(x -> PercentJson.shown(x).toPlainString()).toList())));
        }
        if (g == null || g.reportingPeriodMonths() == null) {
            out.add(new DefaultApplied("grantTerms.reportingPeriodMonths", String.valueOf(c.reportingPeriodMonths)));
        }
        if (g == null || g.reportDueDays() == null) {
            out.add(new DefaultApplied("grantTerms.reportDueDays", String.valueOf(c.reportDueDays)));
        }
        if (g == null || g.paymentDays() == null) {
            out.add(new DefaultApplied("grantTerms.paymentDays", String.valueOf(c.paymentDays)));
        }
        if (g == null || g.interimCeilingPercent() == null) {
            out.add(new DefaultApplied("grantTerms.interimCeilingPercent",
                    PercentJson.shown(c.interimCeilingPercent).toPlainString()));
        }
        return out;
    }

    private static CallView of(Call c, List<CallLifecycleRecord> records, Instant now, List<DefaultApplied> defaults) {
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
                Arrays.asList(c.sectors), Arrays.asList(c.valueChains), Arrays.asList(c.activities),
                new CallDefinition.EvaluationRules(c.expertsPerProposal, c.minCommentLength, c.evaluationDays,
                        c.reminderDays, c.submissionModel == SubmissionModel.TWO_STAGE ? c.stage1Threshold : null,
                        c.submissionModel == SubmissionModel.TWO_STAGE ? c.stage2InvitationMultiple : null),
                new CallDefinition.GrantTerms(c.preFinancingPercent, Arrays.asList(c.interimPaymentPercents),
                        c.reportingPeriodMonths, c.reportDueDays, c.paymentDays, c.interimCeilingPercent),
                List.copyOf(c.objectives), List.copyOf(c.requiredActivities), c.projectPeriod().orElse(null), c.scheme,
                c.previousRound, Call.laterRounds(c.identifier).stream().filter(r -> !r.isDraft())
                        .map(r -> new RoundView(r.identifier, r.title, r.budget, r.expectedGrants, r.opensAt)).toList(),
                c.illustrative,
                c.publishedAt, c.openedAt, c.closedAt,
                records.stream().map(r -> new LifecycleStep(r.event, r.deadlineIndex, r.occurredAt)).toList(),
                c.createdBy, c.createdAt, c.updatedAt, defaults);
    }
}
