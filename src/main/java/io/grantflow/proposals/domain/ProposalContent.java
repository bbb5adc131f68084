package io.grantflow.proposals.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a consortium writes: the body of {@code POST /api/calls/{identifier}/proposals} and
 * {@code PUT /api/proposals/{id}}. The coordinator takes part without being listed in {@code partners};
 * {@code budget} has one line per consortium member that has costs; {@code objectives} says how the proposal
 * addresses each of the call's objectives.
 */
public record ProposalContent(String acronym, String title, @JsonProperty("abstract") String abstractText, List<String> tags,
                              Long coordinator, List<Partner> partners, List<WorkPackage> workPackages,
                              List<BudgetLine> budget, List<ObjectiveAddressed> objectives) {

    /** Content that addresses no call objectives. */
    public ProposalContent(String acronym, String title, String abstractText, List<String> tags, Long coordinator,
                           List<Partner> partners, List<WorkPackage> workPackages, List<BudgetLine> budget) {
        this(acronym, title, abstractText, tags, coordinator, partners, workPackages, budget, null);
    }

    public record Partner(Long organisation, PartnerRole role) {
    }

    /** A work package; {@code activities} are the codes of the call's required activities it covers. */
    public record WorkPackage(String title, BigDecimal lumpSumShare, List<String> activities) {

        public WorkPackage(String title, BigDecimal lumpSumShare) {
            this(title, lumpSumShare, null);
        }

        public List<String> activitiesOrEmpty() {
            return activities == null ? List.of() : activities;
        }
    }

    /** One of the call's objectives ({@code code}) and how the proposal addresses it. */
    public record ObjectiveAddressed(String code, String how) {
    }

    /** Planned costs of one member by category; {@code financialSupportToThirdParties} is the support planned for SMEs. */
    public record BudgetLine(Long organisation, Money personnel, Money travel, Money subcontracting, Money otherDirect,
                             Money financialSupportToThirdParties, Money indirect) {

        public Money otherCosts() {
            return z(personnel).plus(z(travel)).plus(z(subcontracting)).plus(z(otherDirect)).plus(z(indirect));
        }

        public Money fstp() {
            return z(financialSupportToThirdParties);
        }

        static Money z(Money m) {
            return m == null ? Money.ZERO : m;
        }
    }

    public List<Partner> partnersOrEmpty() {
        return partners == null ? List.of() : partners;
    }

    public List<WorkPackage> workPackagesOrEmpty() {
        return workPackages == null ? List.of() : workPackages;
    }

    public List<ObjectiveAddressed> objectivesOrEmpty() {
        return objectives == null ? List.of() : objectives;
    }

    public List<BudgetLine> budgetOrEmpty() {
        return budget == null ? List.of() : budget;
    }
}
