package io.grantflow.proposals.domain;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.OrganisationTypeClaim;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.proposals.domain.ProposalFixture.AFTER_DEADLINE;
import static io.grantflow.proposals.domain.ProposalFixture.DEADLINE;
import static io.grantflow.proposals.domain.ProposalFixture.cluster;
import static io.grantflow.proposals.domain.ProposalFixture.consortiumOf;
import static io.grantflow.proposals.domain.ProposalFixture.eligibleContent;
import static io.grantflow.proposals.domain.ProposalFixture.euroclustersCall;
import static io.grantflow.proposals.domain.ProposalFixture.financeOf;
import static io.grantflow.proposals.domain.ProposalFixture.organisation;
import static io.grantflow.proposals.domain.ProposalFixture.submissionOf;
import static io.grantflow.proposals.domain.ProposalFixture.threeClusters;
import static org.assertj.core.api.Assertions.assertThat;

/** Admissibility and eligibility at submission, every failing rule at once, without the database. */
class ProposalEligibilityPolicyTest {

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    private static List<String> check(ProposalEligibilityPolicy.Input input) {
        return codes(ProposalEligibilityPolicy.check(input));
    }

    @Test
    void threeValidatedClustersFromThreeCountriesAreEligible() {
        assertThat(check(submissionOf(eligibleContent(), threeClusters()))).isEmpty();
    }

    @Test
    void theDeadlineItselfIsTheLastValidInstant() {
        Call call = euroclustersCall();
        ProposalContent content = eligibleContent();
        assertThat(check(new ProposalEligibilityPolicy.Input(content, financeOf(call, content), call, threeClusters(),
                DEADLINE, DEADLINE, 1, false))).isEmpty();
        assertThat(check(new ProposalEligibilityPolicy.Input(content, financeOf(call, content), call, threeClusters(),
                DEADLINE, DEADLINE.plusNanos(1000), 1, false))).containsExactly("deadline_passed");
        assertThat(check(new ProposalEligibilityPolicy.Input(content, financeOf(call, content), call, threeClusters(),
                null, AFTER_DEADLINE, 1, false))).containsExactly("deadline_passed");
    }

    @Test
    void beforeTheCallOpensNothingIsSubmitted() {
        Call call = euroclustersCall();
        ProposalContent content = eligibleContent();
        assertThat(check(new ProposalEligibilityPolicy.Input(content, financeOf(call, content), call, threeClusters(),
                DEADLINE, call.opensAt.minusSeconds(1), 1, false))).containsExactly("call_not_open");
    }

    @Test
    void tooSmallAConsortiumBreaksEveryRuleItBreaks() {
        Map<Long, Organisation> orgs = Map.of(1L, cluster(1, "BE"), 2L, cluster(2, "BE"));
        assertThat(check(submissionOf(consortiumOf(1L, 2L), orgs)))
                .containsExactlyInAnyOrder("too_few_partners", "too_few_countries", "required_organisation_type_missing");
    }

    @Test
    void anUnvalidatedClusterIsNamedAndDoesNotCountYet() {
        Map<Long, Organisation> orgs = new java.util.HashMap<>(threeClusters());
        orgs.put(3L, organisation(3, "DE", OrganisationType.CLUSTER_ORGANISATION));
        assertThat(check(submissionOf(eligibleContent(), orgs))).containsExactly(OrganisationTypeClaim.NOT_VALIDATED);
    }

    @Test
    void aPartnerTwiceIsADuplicate() {
        assertThat(check(submissionOf(consortiumOf(1L, 2L, 3L, 2L), threeClusters()))).contains("duplicate_partner");
    }

    @Test
    void partnersFromOutsideTheEligibleCountriesAreNamed() {
        Call call = euroclustersCall();
        call.eligibleCountries = new String[]{"BE", "FR"};
        ProposalContent content = eligibleContent();
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 1, false))))
                .containsExactly("country_not_eligible");
    }

    @Test
    void theGrantStaysWithinTheCallsMinimumAndMaximum() {
        Call call = euroclustersCall();
        call.maxGrant = Money.eur("299999.99");
        call.minGrant = Money.eur("100.00");
        ProposalContent content = eligibleContent(); // requests 300,000.00
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 1, false))))
                .containsExactly("grant_above_maximum");
        call.maxGrant = null;
        call.minGrant = Money.eur("300000.01");
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 1, false))))
                .containsExactly("grant_below_minimum");
    }

    @Test
    void theSmeShareIsAtLeastTheCallsMinimum() {
        Call call = euroclustersCall();
        call.minSmeShare = new java.math.BigDecimal("80.01"); // the consortium plans exactly 80%
        ProposalContent content = eligibleContent();
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 1, false))))
                .containsExactly("sme_share_below_minimum");
        call.minSmeShare = new java.math.BigDecimal("80");
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 1, false)))).isEmpty();
    }

    @Test
    void aLumpSumProposalDividesTheLumpSumInFull() {
        Call call = euroclustersCall();
        call.actionType = ActionType.LUMP_SUM_GRANT;
        ProposalContent content = eligibleContent();
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 1, false))))
                .containsExactly("work_packages_required");
        ProposalContent split = new ProposalContent(content.acronym(), content.title(), content.abstractText(),
                content.tags(), content.coordinator(), content.partners(),
                List.of(new ProposalContent.WorkPackage("WP1", new java.math.BigDecimal("60")),
                        new ProposalContent.WorkPackage("WP2", new java.math.BigDecimal("30"))), content.budget());
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(split,
                financeOf(call, split), call, threeClusters(), DEADLINE, DEADLINE, 1, false))))
                .containsExactly("lump_sum_shares_not_100");
    }

    @Test
    void onlyAnInvitedConsortiumSubmitsAtStageTwo() {
        Call call = euroclustersCall();
        ProposalContent content = eligibleContent();
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 2, false))))
                .containsExactly("not_invited_to_stage_2");
        assertThat(codes(ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content,
                financeOf(call, content), call, threeClusters(), DEADLINE, DEADLINE, 2, true)))).isEmpty();
    }
}
