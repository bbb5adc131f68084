package io.grantflow.proposals.domain;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallObjective;
import io.grantflow.calls.domain.RequiredActivity;
import io.grantflow.calls.domain.RequiredCountries;
import io.grantflow.calls.domain.RequiredOrganisationType;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationTypeClaim;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.time.Brussels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admissibility and eligibility of a proposal at submission (and again when the call closes),
 * every failing rule at once with a stable code. The codes are listed in docs/proposals.md.
 */
public final class ProposalEligibilityPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProposalEligibilityPolicy() {
    }

    /**
     * What the check needs. {@code deadline} is the deadline the proposal is submitted to (null when
     * none is ahead); {@code organisations} holds every organisation the content names that exists.
     */
    public record Input(ProposalContent content, ProposalFinance finance, Call call,
                        Map<Long, Organisation> organisations, Instant deadline, Instant now, int stage,
                        boolean invitedToStage2) {
    }

    public static List<Violation> check(Input in) {
        Violations v = new Violations();
        Call call = in.call();
        if (in.now().isBefore(call.opensAt)) {
            v.add(null, "call_not_open", "the call opens at " + Brussels.format(call.opensAt));
        }
        if (in.deadline() == null || in.now().isAfter(in.deadline())) {
            v.add(null, "deadline_passed", "the deadline " + (in.deadline() == null ? "" : Brussels.format(in.deadline())
                    + " ") + "has passed; the last valid instant is the deadline itself");
        }
        List<Organisation> members = consortium(in, v);
        Set<String> countries = new HashSet<>();
        members.forEach(o -> countries.add(o.country));
        v.check(members.size() < call.minPartners, "partners", "too_few_partners",
                "the consortium has " + members.size() + " partner(s) including the coordinator; the call requires at least "
                        + call.minPartners);
        v.check(countries.size() < call.minCountries, "partners", "too_few_countries",
                "the consortium comes from " + countries.size() + " distinct countr" + (countries.size() == 1 ? "y" : "ies")
                        + "; the call requires at least " + call.minCountries);
        if (call.eligibleCountries.length > 0) {
            Set<String> eligible = new HashSet<>(Arrays.asList(call.eligibleCountries));
            for (Organisation o : members) {
                v.check(!eligible.contains(o.country), "partners", "country_not_eligible",
                        o.legalName + " (" + o.country + ") is not established in an eligible country");
            }
        }
        for (RequiredOrganisationType required : call.requiredOrganisationTypes) {
            long count = members.stream().filter(o -> OrganisationTypeClaim.satisfies(o, required.type())).count();
            if (count >= required.min()) {
                continue;
            }
            List<Organisation> unvalidated = members.stream()
                    .filter(o -> OrganisationTypeClaim.awaitsValidation(o, required.type())).toList();
            unvalidated.forEach(o -> v.add("partners", OrganisationTypeClaim.NOT_VALIDATED,
                    OrganisationTypeClaim.notValidated(o)));
            v.check(count + unvalidated.size() < required.min(), "partners", "required_organisation_type_missing",
                    "the call requires at least " + required.min() + " " + required.type() + ", the consortium has "
                            + count + (unvalidated.isEmpty() ? "" : " validated and " + unvalidated.size() + " unvalidated"));
        }
        for (RequiredCountries required : call.requiredCountries) {
            long count = members.stream().filter(o -> required.countries().contains(o.country)).count();
            v.check(count < required.min(), "partners", "required_country_missing",
                    "the call requires at least " + required.min() + " partner(s): " + required.label());
        }
        ProposalFinance f = in.finance();
        if (call.minGrant != null) {
            v.check(f.requestedContribution().lessThan(call.minGrant), "budget", "grant_below_minimum",
                    "the requested EU contribution EUR " + f.requestedContribution() + " is below the call's minimum EUR "
                            + call.minGrant);
        }
        if (call.maxGrant != null) {
            v.check(f.requestedContribution().greaterThan(call.maxGrant), "budget", "grant_above_maximum",
                    "the requested EU contribution EUR " + f.requestedContribution() + " is above the call's maximum EUR "
                            + call.maxGrant);
        }
        v.check(!f.requestedContribution().isPositive(), "budget", "no_contribution_requested",
                "the budget requests no EU contribution");
        if (call.minSmeShare.signum() > 0 && f.requestedContribution().isPositive()) {
            v.check(!f.smeShareAtLeast(call.minSmeShare), "budget", "sme_share_below_minimum",
                    "planned support to SMEs EUR " + f.plannedSmeSupport() + " of the requested EU contribution EUR "
                            + f.requestedContribution() + " is " + f.plannedSmeSharePercent().toPlainString()
                            + "%; the call requires at least " + call.minSmeShare.toPlainString() + "%");
        }
        if (call.actionType == ActionType.LUMP_SUM_GRANT) {
            List<ProposalContent.WorkPackage> wps = in.content().workPackagesOrEmpty();
            BigDecimal total = wps.stream().map(w -> w.lumpSumShare() == null ? BigDecimal.ZERO : w.lumpSumShare())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            v.check(wps.isEmpty(), "workPackages", "work_packages_required",
                    "a lump-sum proposal divides the lump sum among its work packages");
            v.check(!wps.isEmpty() && total.compareTo(HUNDRED) != 0, "workPackages", "lump_sum_shares_not_100",
                    "the work packages' shares of the lump sum add up to " + total.toPlainString() + "%, not 100%");
        }
        Set<String> addressed = new HashSet<>();
        in.content().objectivesOrEmpty().stream()
                .filter(o -> o != null && o.code() != null && o.how() != null && !o.how().isBlank())
                .forEach(o -> addressed.add(o.code()));
        for (CallObjective objective : call.objectives) {
            v.check(!addressed.contains(objective.code()), "objectives", "objective_not_addressed",
                    "the proposal does not say how it addresses the call's objective " + objective.code() + " ("
                            + objective.title() + "); every proposal addresses all " + call.objectives.size());
        }
        Set<String> covered = new HashSet<>();
        in.content().workPackagesOrEmpty().stream().filter(w -> w != null)
                .forEach(w -> covered.addAll(w.activitiesOrEmpty()));
        for (RequiredActivity activity : call.requiredActivities) {
            v.check(!covered.contains(activity.code()), "workPackages", "activity_not_covered",
                    "no work package covers the call's activity " + activity.code() + " (" + activity.title() + ")");
        }
        if (in.stage() == 2) {
            v.check(!in.invitedToStage2(), null, "not_invited_to_stage_2",
                    "only consortia invited after stage 1 may submit a stage-2 proposal");
        }
        return v.list();
    }

    /** The coordinator and partners that exist, reporting duplicates and unknown organisations. */
    private static List<Organisation> consortium(Input in, Violations v) {
        List<Organisation> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        ids.add(in.content().coordinator());
        in.content().partnersOrEmpty().forEach(p -> ids.add(p == null ? null : p.organisation()));
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = i == 0 ? "coordinator" : "partners[" + (i - 1) + "].organisation";
            if (id == null) {
                continue; // reported by the content rules
            }
            if (!seen.add(id)) {
                v.add(field, "duplicate_partner", "organisation " + id + " takes part more than once");
                continue;
            }
            Organisation o = in.organisations().get(id);
            if (o != null) {
                members.add(o);
            }
        }
        return members;
    }
}
