package io.grantflow.proposals.domain;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every saved proposal must be, draft or not; every violation reported at once. */
class ProposalContentPolicyTest {

    private static final Set<Long> KNOWN = Set.of(1L, 2L, 3L);

    static ProposalContent.BudgetLine line(long organisation, String personnel, String fstp) {
        return new ProposalContent.BudgetLine(organisation, Money.eur(personnel), null, null, null, Money.eur(fstp), null);
    }

    static ProposalContent threeClusters() {
        return new ProposalContent("GREENHUB", "Green hydrogen clusters", "abstract", List.of(), 1L,
                List.of(new ProposalContent.Partner(2L, PartnerRole.PARTNER), new ProposalContent.Partner(3L, PartnerRole.PARTNER)),
                List.of(new ProposalContent.WorkPackage("Management", null)),
                List.of(line(1L, "100000.00", "600000.00"), line(2L, "50000.00", "0.00")));
    }

    private static List<String> codes(ProposalContent c) {
        return ProposalContentPolicy.check(c, KNOWN).stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aWellFormedProposalPasses() {
        assertThat(codes(threeClusters())).isEmpty();
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        ProposalContent c = new ProposalContent("A".repeat(41), null, null, List.of(), 9L,
                List.of(new ProposalContent.Partner(8L, PartnerRole.COORDINATOR)),
                List.of(new ProposalContent.WorkPackage("WP1", new BigDecimal("100.001"))),
                List.of(line(7L, "-1.00", "0.00")));
        assertThat(codes(c)).containsExactlyInAnyOrder(
                "acronym:too_long", "title:required", "coordinator:unknown_organisation",
                "partners[0].organisation:unknown_organisation", "partners[0].role:coordinator_is_not_a_partner",
                "workPackages[0].lumpSumShare:percentage_out_of_range", "workPackages[0].lumpSumShare:too_many_decimals",
                "budget[0].organisation:budget_for_non_member", "budget[0].personnel:must_not_be_negative");
    }

    @Test
    void aMemberHasOneBudgetLine() {
        ProposalContent base = threeClusters();
        ProposalContent twice = new ProposalContent(base.acronym(), base.title(), base.abstractText(), base.tags(),
                base.coordinator(), base.partners(), base.workPackages(),
                List.of(line(1L, "1.00", "0.00"), line(1L, "2.00", "0.00")));
        assertThat(codes(twice)).containsExactly("budget[1].organisation:duplicate_budget_line");
    }

    @Test
    void atMostFiftyWorkPackages() {
        ProposalContent base = threeClusters();
        List<ProposalContent.WorkPackage> many = java.util.stream.IntStream.rangeClosed(1, 51)
                .mapToObj(i -> new ProposalContent.WorkPackage("WP" + i, null)).toList();
        ProposalContent c = new ProposalContent(base.acronym(), base.title(), base.abstractText(), base.tags(),
                base.coordinator(), base.partners(), many, base.budget());
        assertThat(codes(c)).containsExactly("workPackages:too_many");
    }

    @Test
    void anUnknownTagIsNamed() {
        ProposalContent base = threeClusters();
        ProposalContent c = new ProposalContent(base.acronym(), base.title(), base.abstractText(),
                List.of("not-a-value-chain"), base.coordinator(), base.partners(), base.workPackages(), base.budget());
        assertThat(codes(c)).containsExactly("tags[0]:unknown_tag");
    }
}
