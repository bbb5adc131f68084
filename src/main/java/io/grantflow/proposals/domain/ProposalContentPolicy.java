package io.grantflow.proposals.domain;

import io.grantflow.calls.domain.Tags;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What every saved proposal must be, draft or not: named, with existing organisations and
 * well-formed money. (Whether it may be submitted is {@link ProposalEligibilityPolicy}.)
 */
public final class ProposalContentPolicy {

    private ProposalContentPolicy() {
    }

    /** The rules for a proposal to a call without objectives or required activities. */
    public static List<Violation> check(ProposalContent c, Set<Long> existingOrganisations) {
        return check(c, existingOrganisations, Set.of(), Set.of());
    }

    /**
     * Every rule; {@code objectives} and {@code activities} are the codes of the call's objectives and required
     * activities, the only ones a proposal may name ({@code unknown_objective}, {@code unknown_activity}).
     */
    public static List<Violation> check(ProposalContent c, Set<Long> existingOrganisations, Set<String> objectives,
                                        Set<String> activities) {
        Violations v = new Violations();
        objectives(c.objectivesOrEmpty(), objectives, v);
        if (v.required(c.acronym(), "acronym")) {
            v.check(c.acronym().length() > TextLimits.ACRONYM, "acronym", "too_long", "acronym has at most "
                    + TextLimits.ACRONYM + " characters");
        }
        if (v.required(c.title(), "title")) {
            v.check(c.title().length() > TextLimits.TITLE, "title", "too_long", "title has at most " + TextLimits.TITLE + " characters");
        }
        List<String> tags = c.tags() == null ? List.of() : c.tags();
        for (int i = 0; i < tags.size(); i++) {
            v.check(!Tags.isKnown(tags.get(i)), "tags[" + i + "]", "unknown_tag", Tags.unknown(tags.get(i)));
        }
        if (v.required(c.coordinator(), "coordinator")) {
            v.check(!existingOrganisations.contains(c.coordinator()), "coordinator", "unknown_organisation",
                    "there is no organisation " + c.coordinator());
        }
        Set<Long> consortium = new HashSet<>();
        consortium.add(c.coordinator());
        List<ProposalContent.Partner> partners = c.partnersOrEmpty();
        for (int i = 0; i < partners.size(); i++) {
            String field = "partners[" + i + "]";
            ProposalContent.Partner p = partners.get(i);
            if (p == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(p.organisation(), field + ".organisation")) {
                v.check(!existingOrganisations.contains(p.organisation()), field + ".organisation",
                        "unknown_organisation", "there is no organisation " + p.organisation());
                consortium.add(p.organisation());
            }
            v.check(p.role() == PartnerRole.COORDINATOR, field + ".role", "coordinator_is_not_a_partner",
                    "the coordinator is given in 'coordinator', not among the partners");
        }
        List<ProposalContent.WorkPackage> wps = c.workPackagesOrEmpty();
        v.check(wps.size() > 50, "workPackages", "too_many", "at most 50 work packages");
        for (int i = 0; i < wps.size(); i++) {
            String field = "workPackages[" + i + "]";
            ProposalContent.WorkPackage w = wps.get(i);
            if (w == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(w.title(), field + ".title")) {
                v.check(w.title().length() > TextLimits.TITLE, field + ".title", "too_long", "a work package title has at most "
                        + TextLimits.TITLE + " characters");
            }
            List<String> covered = w.activitiesOrEmpty();
            for (int j = 0; j < covered.size(); j++) {
                v.check(covered.get(j) == null || !activities.contains(covered.get(j)), field + ".activities[" + j + "]",
                        "unknown_activity", "'" + covered.get(j) + "' is not an activity of the call"
                                + (activities.isEmpty() ? " (it requires none)" : "; its activities: "
                                + String.join(", ", new java.util.TreeSet<>(activities))));
            }
            v.check(new HashSet<>(covered).size() != covered.size(), field + ".activities", "duplicate_activity",
                    "an activity is listed twice");
            if (w.lumpSumShare() != null) {
                v.check(w.lumpSumShare().signum() <= 0 || w.lumpSumShare().compareTo(BigDecimal.valueOf(100)) > 0,
                        field + ".lumpSumShare", "percentage_out_of_range", "a share of the lump sum is from 0 to 100%");
                v.check(w.lumpSumShare().stripTrailingZeros().scale() > 2, field + ".lumpSumShare", "too_many_decimals",
                        "a share of the lump sum has at most 2 decimals");
            }
        }
        List<ProposalContent.BudgetLine> lines = c.budgetOrEmpty();
        Set<Long> budgeted = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "budget[" + i + "]";
            ProposalContent.BudgetLine b = lines.get(i);
            if (b == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(b.organisation(), field + ".organisation")) {
                v.check(!consortium.contains(b.organisation()), field + ".organisation", "budget_for_non_member",
                        "organisation " + b.organisation() + " is not in the consortium");
                v.check(!budgeted.add(b.organisation()), field + ".organisation", "duplicate_budget_line",
                        "organisation " + b.organisation() + " has two budget lines");
            }
            nonNegative(b, field, "personnel", ProposalContent.BudgetLine::personnel, v);
            nonNegative(b, field, "travel", ProposalContent.BudgetLine::travel, v);
            nonNegative(b, field, "subcontracting", ProposalContent.BudgetLine::subcontracting, v);
            nonNegative(b, field, "otherDirect", ProposalContent.BudgetLine::otherDirect, v);
            nonNegative(b, field, "financialSupportToThirdParties",
                    ProposalContent.BudgetLine::financialSupportToThirdParties, v);
            nonNegative(b, field, "indirect", ProposalContent.BudgetLine::indirect, v);
        }
        return v.list();
    }

    private static void objectives(List<ProposalContent.ObjectiveAddressed> addressed, Set<String> known,
                                   Violations v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < addressed.size(); i++) {
            String field = "objectives[" + i + "]";
            ProposalContent.ObjectiveAddressed o = addressed.get(i);
            if (o == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(o.code(), field + ".code")) {
                v.check(!known.contains(o.code()), field + ".code", "unknown_objective", "'" + o.code()
                        + "' is not an objective of the call" + (known.isEmpty() ? " (it has none)"
                        : "; its objectives: " + String.join(", ", new java.util.TreeSet<>(known))));
                v.check(!seen.add(o.code()), field + ".code", "duplicate_objective", "'" + o.code()
                        + "' is addressed twice");
            }
            v.check(o.how() != null && o.how().length() > TextLimits.PURPOSE, field + ".how", "too_long",
                    "how an objective is addressed has at most " + TextLimits.PURPOSE + " characters");
        }
    }

    private static void nonNegative(ProposalContent.BudgetLine b, String field, String name,
                                    Function<ProposalContent.BudgetLine, Money> amount, Violations v) {
        Money m = amount.apply(b);
        v.check(m != null && m.isNegative(), field + "." + name, "must_not_be_negative", name + " must not be negative");
    }
}
