package io.grantflow.calls.domain;

import io.grantflow.calls.domain.CallDefinition.DeadlineDefinition;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a call definition must meet, each reported with a stable code; every broken rule is
 * reported at once. Codes are listed in docs/api.md.
 */
public final class CallDefinitionPolicy {

    public static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The code of an objective or a required activity. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int MAX_CODED_ITEMS = 20;

    /** Whether deadlines may lie in the past: only demo seeding writes closed calls. */
    public enum PastDeadlines { REFUSED, ALLOWED }

    private CallDefinitionPolicy() {
    }

    public static List<Violation> check(CallDefinition d, Instant now, PastDeadlines past) {
        Violations v = new Violations();
        if (v.required(d.identifier(), "identifier")) {
            v.check(!IDENTIFIER.matcher(d.identifier()).matches(), "identifier", "invalid_identifier",
                    "identifier must be 3–64 characters of A–Z, 0–9 and '-', e.g. SMP-COSME-2021-CLUSTER-01");
        }
        if (v.required(d.title(), "title")) {
            v.check(d.title().length() > TextLimits.TITLE, "title", "too_long", "title has at most " + TextLimits.TITLE + " characters");
        }
        v.required(d.programme(), "programme");
        v.required(d.actionType(), "actionType");
        amounts(d, v);
        fundingRates(d, v);
        deadlines(d, now, past, v);
        eligibility(d.eligibility(), v);
        criteria(d, v);
        fstp(d.fstp(), v);
        evaluation(d, v);
        grantTerms(d.grantTerms(), v);
        Sectors.check(d.sectors(), "sectors", v);
        Sectors.checkValueChains(d.valueChains(), "valueChains", v);
        v.check(hasDuplicates(d.activities()), "activities", "duplicate_tag", "an activity is listed twice");
        codedItems(d.objectivesOrEmpty().stream().map(o -> o == null ? null : new String[] {o.code(), o.title()})
                .toList(), "objectives", "duplicate_objective", v);
        codedItems(d.requiredActivitiesOrEmpty().stream().map(a -> a == null ? null : new String[] {a.code(), a.title()})
                .toList(), "requiredActivities", "duplicate_activity", v);
        projectPeriod(d.projectPeriod(), v);
        rounds(d, v);
        return v.list();
    }

    private static void amounts(CallDefinition d, Violations v) {
        if (v.required(d.budget(), "budget")) {
            v.check(!d.budget().isPositive(), "budget", "must_be_positive",
                    "budget must be more than EUR 0.00, was " + d.budget());
        }
        if (d.expectedGrants() != null) {
            v.check(d.expectedGrants() < 1, "expectedGrants", "must_be_positive", "expectedGrants must be at least 1");
        }
        if (d.minGrant() != null) {
            v.check(d.minGrant().isNegative(), "minGrant", "must_not_be_negative", "minGrant must not be negative");
        }
        if (d.maxGrant() != null) {
            v.check(!d.maxGrant().isPositive(), "maxGrant", "must_be_positive", "maxGrant must be more than EUR 0.00");
            if (d.budget() != null && d.budget().isPositive()) {
                v.check(d.maxGrant().greaterThan(d.budget()), "maxGrant", "max_grant_above_budget",
                        "maxGrant " + d.maxGrant() + " exceeds the call budget " + d.budget());
            }
        }
        if (d.minGrant() != null && d.maxGrant() != null) {
            v.check(d.minGrant().greaterThan(d.maxGrant()), "minGrant", "min_grant_above_max_grant",
                    "minGrant " + d.minGrant() + " exceeds maxGrant " + d.maxGrant());
        }
    }

    private static void fundingRates(CallDefinition d, Violations v) {
        if (!v.required(d.fundingRates(), "fundingRates")) {
            return;
        }
        rate(d.fundingRates().financialSupportToThirdParties(), "fundingRates.financialSupportToThirdParties", v);
        rate(d.fundingRates().otherCosts(), "fundingRates.otherCosts", v);
    }

    private static void rate(BigDecimal rate, String field, Violations v) {
        if (v.required(rate, field)) {
            v.check(rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0, field, "percentage_out_of_range",
                    field + " must be more than 0 and at most 100 (percent), was " + rate.toPlainString());
            v.check(rate.stripTrailingZeros().scale() > 2, field, "too_many_decimals",
                    field + " has at most 2 decimals");
        }
    }

    private static void deadlines(CallDefinition d, Instant now, PastDeadlines past, Violations v) {
        v.required(d.opensAt(), "opensAt");
        if (!v.required(d.submissionModel(), "submissionModel")) {
            return;
        }
        List<DeadlineDefinition> deadlines = d.deadlinesOrEmpty();
        int n = deadlines.size();
        switch (d.submissionModel()) {
            case SINGLE_STAGE -> v.check(n != 1, "deadlines", "deadline_count",
                    "a single-stage call has exactly 1 deadline, not " + n);
            case TWO_STAGE -> v.check(n != 2, "deadlines", "deadline_count",
                    "a two-stage call has exactly 2 deadlines (stage 1, stage 2), not " + n);
            case MULTIPLE_CUTOFFS -> v.check(n < 1, "deadlines", "deadline_count",
                    "a call with cut-offs has at least 1 cut-off");
        }
        Money cutoffTotal = Money.ZERO;
        for (int i = 0; i < n; i++) {
            DeadlineDefinition dl = deadlines.get(i);
            String field = "deadlines[" + i + "]";
            if (dl == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(dl.at(), field + ".at")) {
                v.check(past == PastDeadlines.REFUSED && !dl.at().isAfter(now), field + ".at", "deadline_in_past",
                        "the deadline " + io.grantflow.shared.time.Brussels.format(dl.at()) + " is not in the future");
                v.check(d.opensAt() != null && !dl.at().isAfter(d.opensAt()), field + ".at",
                        "deadline_before_opening", "the deadline must be after opensAt");
                if (i > 0 && deadlines.get(i - 1) != null && deadlines.get(i - 1).at() != null) {
                    v.check(!dl.at().isAfter(deadlines.get(i - 1).at()), field + ".at", "deadlines_not_in_order",
                            "each deadline must be after the previous one");
                }
            }
            v.check(dl.label() != null && dl.label().length() > TextLimits.LABEL, field + ".label", "too_long",
                    "a deadline label has at most " + TextLimits.LABEL + " characters");
            if (d.submissionModel() == SubmissionModel.MULTIPLE_CUTOFFS) {
                if (v.required(dl.budget(), field + ".budget")) {
                    v.check(!dl.budget().isPositive(), field + ".budget", "must_be_positive",
                            "a cut-off budget must be more than EUR 0.00");
                    cutoffTotal = cutoffTotal.plus(dl.budget());
                }
            } else {
                v.check(dl.budget() != null, field + ".budget", "budget_only_for_cutoffs",
                        "only cut-offs of a MULTIPLE_CUTOFFS call have their own budget");
            }
        }
        if (d.submissionModel() == SubmissionModel.MULTIPLE_CUTOFFS && d.budget() != null) {
            v.check(cutoffTotal.greaterThan(d.budget()), "deadlines", "cutoff_budgets_exceed_call_budget",
                    "the cut-off budgets add up to " + cutoffTotal + ", more than the call budget " + d.budget());
        }
    }

    private static void eligibility(CallDefinition.Eligibility e, Violations v) {
        if (e == null) {
            return; // defaults: 1 partner, 1 country, any country
        }
        if (e.minPartners() != null) {
            v.check(e.minPartners() < 1, "eligibility.minPartners", "must_be_positive", "minPartners must be at least 1");
        }
        if (e.minCountries() != null) {
            v.check(e.minCountries() < 1, "eligibility.minCountries", "must_be_positive",
                    "minCountries must be at least 1");
            int partners = e.minPartners() == null ? 1 : e.minPartners();
            v.check(e.minCountries() > partners, "eligibility.minCountries", "min_countries_above_min_partners",
                    "minCountries (" + e.minCountries() + ") cannot exceed minPartners (" + partners + ")");
        }
        countries(e.eligibleCountries(), "eligibility.eligibleCountries", v);
        List<RequiredOrganisationType> types = e.requiredOrganisationTypes() == null ? List.of()
                : e.requiredOrganisationTypes();
        Set<Object> seenTypes = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String field = "eligibility.requiredOrganisationTypes[" + i + "]";
            RequiredOrganisationType t = types.get(i);
            if (t == null || !v.required(t.type(), field + ".type")) {
                continue;
            }
            v.check(t.min() < 1, field + ".min", "must_be_positive", "min must be at least 1");
            v.check(!seenTypes.add(t.type()), field + ".type", "duplicate_requirement",
                    t.type() + " is required twice");
        }
        List<RequiredCountries> required = e.requiredCountries() == null ? List.of() : e.requiredCountries();
        for (int i = 0; i < required.size(); i++) {
            String field = "eligibility.requiredCountries[" + i + "]";
            RequiredCountries r = required.get(i);
            if (r == null) {
                continue;
            }
            if (r.countries() == null || r.countries().isEmpty()) {
                v.add(field + ".countries", "required", "list at least one country");
            } else {
                countries(r.countries(), field + ".countries", v);
            }
            v.check(r.min() < 1, field + ".min", "must_be_positive", "min must be at least 1");
        }
    }

    private static void countries(List<String> codes, String field, Violations v) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            v.check(!Countries.isIso(c), field + "[" + i + "]", "invalid_country",
                    "'" + c + "' is not an ISO 3166-1 alpha-2 country code");
        }
        v.check(hasDuplicates(codes), field, "duplicate_country", "a country is listed twice");
    }

    private static void criteria(CallDefinition d, Violations v) {
        CriteriaPolicy.check(d.criteriaOrEmpty(), d.overallThreshold(), d.tieBreak(), "", v);
    }

    private static void evaluation(CallDefinition d, Violations v) {
        boolean twoStage = d.submissionModel() == SubmissionModel.TWO_STAGE;
        v.check(twoStage && d.criteriaOrEmpty().size() < 2, "criteria", "two_stage_criteria",
                "a two-stage call scores its first two criteria at stage 1, so it has at least two");
        CallDefinition.EvaluationRules e = d.evaluation();
        if (e == null) {
            return; // defaults: 3 experts, comments of 10 characters, 14 days, reminder 3 days before
        }
        range(e.expertsPerProposal(), ExpertsPerProposal.MIN, ExpertsPerProposal.MAX, "evaluation.expertsPerProposal", v);
        range(e.minCommentLength(), 0, 2000, "evaluation.minCommentLength", v);
        range(e.evaluationDays(), 1, 365, "evaluation.evaluationDays", v);
        if (e.reminderDaysBefore() != null) {
            int days = e.evaluationDays() == null ? CallDefinition.EvaluationRules.DEFAULT_EVALUATION_DAYS
                    : e.evaluationDays();
            range(e.reminderDaysBefore(), 0, Math.max(0, days - 1), "evaluation.reminderDaysBefore", v);
        }
        if (e.stage1Threshold() != null) {
            CriteriaPolicy.halfPointScore(e.stage1Threshold(), Criterion.MAX_SCORE, "evaluation.stage1Threshold", v);
        }
        if (e.stage2InvitationMultiple() != null) {
            v.check(e.stage2InvitationMultiple().compareTo(BigDecimal.ONE) < 0
                            || e.stage2InvitationMultiple().compareTo(BigDecimal.TEN) > 0,
                    "evaluation.stage2InvitationMultiple", "out_of_range", "from 1 to 10 times the budget");
            v.check(e.stage2InvitationMultiple().stripTrailingZeros().scale() > 2,
                    "evaluation.stage2InvitationMultiple", "too_many_decimals", "at most 2 decimals");
        }
        v.check(!twoStage && (e.stage1Threshold() != null || e.stage2InvitationMultiple() != null),
                "evaluation", "not_two_stage", "stage-1 threshold and invitation multiple apply to two-stage calls only");
    }

    private static void grantTerms(CallDefinition.GrantTerms g, Violations v) {
        if (g == null) {
            return; // defaults: 40 % pre-financing, one interim payment of 30 %, the balance
        }
        BigDecimal sum = BigDecimal.ZERO;
        if (g.preFinancingPercent() != null) {
            percent(g.preFinancingPercent(), "grantTerms.preFinancingPercent", v);
            sum = sum.add(g.preFinancingPercent());
        } else {
            sum = sum.add(CallDefinition.GrantTerms.DEFAULT_PRE_FINANCING); // the default counts too
        }
        List<BigDecimal> interim = g.interimPaymentPercents() == null ? List.of() : g.interimPaymentPercents();
        v.check(interim.size() > 10, "grantTerms.interimPaymentPercents", "too_many", "at most 10 interim payments");
        for (int i = 0; i < interim.size(); i++) {
            String field = "grantTerms.interimPaymentPercents[" + i + "]";
            if (v.required(interim.get(i), field)) {
                percent(interim.get(i), field, v);
                v.check(interim.get(i).signum() == 0, field, "must_be_positive", "an interim payment is more than 0 %");
                sum = sum.add(interim.get(i));
            }
        }
        v.check(sum.compareTo(HUNDRED) > 0, "grantTerms", "schedule_above_100",
                "pre-financing and interim payments add up to " + sum.toPlainString() + " %, more than 100 %");
        range(g.reportingPeriodMonths(), 1, 60, "grantTerms.reportingPeriodMonths", v);
        range(g.reportDueDays(), 1, 365, "grantTerms.reportDueDays", v);
        range(g.paymentDays(), 1, 365, "grantTerms.paymentDays", v);
        if (g.interimCeilingPercent() != null) {
            percent(g.interimCeilingPercent(), "grantTerms.interimCeilingPercent", v);
            v.check(g.interimCeilingPercent().signum() == 0, "grantTerms.interimCeilingPercent", "must_be_positive",
                    "the ceiling before the balance is more than 0 %");
        }
    }

    private static void percent(BigDecimal value, String field, Violations v) {
        v.check(value.signum() < 0 || value.compareTo(HUNDRED) > 0, field, "percentage_out_of_range",
                field + " is a percentage from 0 to 100");
        v.check(value.stripTrailingZeros().scale() > 2, field, "too_many_decimals", field + " has at most 2 decimals");
    }

    private static void range(Integer value, int min, int max, String field, Violations v) {
        v.check(value != null && (value < min || value > max), field, "out_of_range",
                field + " is from " + min + " to " + max);
    }

    private static void fstp(CallDefinition.FstpRules f, Violations v) {
        if (f == null) {
            return; // defaults: 75% minimum SME share, EUR 60,000 per third party
        }
        if (f.minSmeShare() != null) {
            v.check(f.minSmeShare().signum() < 0 || f.minSmeShare().compareTo(HUNDRED) > 0, "fstp.minSmeShare",
                    "percentage_out_of_range", "minSmeShare is a percentage from 0 to 100");
            v.check(f.minSmeShare().stripTrailingZeros().scale() > 2, "fstp.minSmeShare", "too_many_decimals",
                    "minSmeShare has at most 2 decimals");
        }
        if (f.maxPerThirdParty() != null) {
            v.check(!f.maxPerThirdParty().isPositive(), "fstp.maxPerThirdParty", "must_be_positive",
                    "maxPerThirdParty must be more than EUR 0.00");
        }
    }

    /**
     * Objectives and required activities: each a code (what proposals name) and a title, codes unique, at most
     * {@link #MAX_CODED_ITEMS}.
     */
    private static void codedItems(List<String[]> items, String field, String duplicate, Violations v) {
        v.check(items.size() > MAX_CODED_ITEMS, field, "too_many", "at most " + MAX_CODED_ITEMS + " " + field);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String f = field + "[" + i + "]";
            String[] item = items.get(i);
            if (item == null) {
                v.add(f, "required", f + " is required");
                continue;
            }
            if (v.required(item[0], f + ".code")) {
                v.check(!CODE.matcher(item[0]).matches(), f + ".code", "invalid_code",
                        "a code is 2–40 characters of A–Z, 0–9 and '_', starting with a letter, e.g. CAPACITY_BUILDING");
                v.check(!codes.add(item[0]), f + ".code", duplicate, "'" + item[0] + "' is listed twice");
            }
            if (v.required(item[1], f + ".title")) {
                v.check(item[1].length() > TextLimits.TITLE, f + ".title", "too_long",
                        "a title has at most " + TextLimits.TITLE + " characters");
            }
        }
    }

    private static void projectPeriod(ProjectPeriod p, Violations v) {
        if (p == null) {
            return; // no project period: grants start at signature
        }
        boolean start = v.required(p.start(), "projectPeriod.start");
        boolean end = v.required(p.end(), "projectPeriod.end");
        if (start && end) {
            v.check(!p.end().isAfter(p.start()), "projectPeriod.end", "project_period_end_not_after_start",
                    "the project period ends (" + p.end() + ") after it starts (" + p.start() + ")");
        }
    }

    /** The scheme's name, and the previous round's identifier (whether it exists is for the service to say). */
    private static void rounds(CallDefinition d, Violations v) {
        v.check(d.scheme() != null && (d.scheme().isBlank() || d.scheme().length() > TextLimits.LABEL), "scheme",
                "invalid_scheme", "a scheme's name has 1–" + TextLimits.LABEL + " characters");
        if (d.previousRound() != null) {
            v.check(!IDENTIFIER.matcher(d.previousRound()).matches(), "previousRound", "invalid_identifier",
                    "previousRound is the identifier of a call, e.g. SMP-COSME-2021-CLUSTER-01");
            v.check(d.previousRound().equals(d.identifier()), "previousRound", "previous_round_is_itself",
                    "a call cannot follow itself");
        }
    }

    private static boolean hasDuplicates(List<?> list) {
        return list != null && new HashSet<>(list).size() != list.size();
    }
}
