package io.grantflow.proposals.domain;

import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallTemplate;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.grantflow.proposals.domain.ProposalFixture.BEFORE_DEADLINE;
import static io.grantflow.proposals.domain.ProposalFixture.DEADLINE;
import static io.grantflow.proposals.domain.ProposalFixture.eligibleContent;
import static io.grantflow.proposals.domain.ProposalFixture.euroclustersCall;
import static io.grantflow.proposals.domain.ProposalFixture.financeOf;
import static io.grantflow.proposals.domain.ProposalFixture.threeClusters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The call's objectives a proposal must address and the activities its work packages must cover: at submission
 * (ProposalEligibilityPolicy) every one missing at once, and codes the call does not have refused as content
 * (ProposalContentPolicy); without the database.
 */
class ObjectivesAndActivitiesPolicyTest {

    private static final Set<Long> KNOWN = Set.of(1L, 2L, 3L);
    private static final Set<String> UKRAINE = Set.of("VALUE_CHAIN_INTERLINKAGES", "CAPACITY_BUILDING");
    private static final Set<String> EEN = Set.of("SERVICES_TO_CLIENTS", "PROMOTION", "NETWORK_DEVELOPMENT",
            "COORDINATION", "PROJECT_MANAGEMENT");

    private static Call ukraineCall() {
        Call call = euroclustersCall();
        call.objectives.addAll(CallTemplate.UKRAINE_OBJECTIVES);
        return call;
    }

    private static Call eenCall() {
        Call call = euroclustersCall();
        call.requiredActivities.addAll(CallTemplate.EEN_ACTIVITIES);
        return call;
    }

    private static ProposalContent addressing(List<ProposalContent.ObjectiveAddressed> objectives) {
        ProposalContent c = eligibleContent();
        return new ProposalContent(c.acronym(), c.title(), c.abstractText(), c.tags(), c.coordinator(), c.partners(),
                c.workPackages(), c.budget(), objectives);
    }

    private static ProposalContent withWorkPackages(List<ProposalContent.WorkPackage> wps) {
        ProposalContent c = eligibleContent();
        return new ProposalContent(c.acronym(), c.title(), c.abstractText(), c.tags(), c.coordinator(), c.partners(),
                wps, c.budget(), null);
    }

    private static ProposalContent.ObjectiveAddressed objective(String code, String how) {
        return new ProposalContent.ObjectiveAddressed(code, how);
    }

    private static ProposalContent.WorkPackage wp(String title, String... activities) {
        return new ProposalContent.WorkPackage(title, null, List.of(activities));
    }

    private static List<Violation> eligibility(Call call, ProposalContent content) {
        return ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content, financeOf(call, content),
                call, threeClusters(), DEADLINE, BEFORE_DEADLINE, 1, false));
    }

    @Test
    void aProposalAddressingBothObjectivesIsEligible() {
        assertThat(eligibility(ukraineCall(), addressing(List.of(
                objective("VALUE_CHAIN_INTERLINKAGES", "Joint supply chains in agri-food"),
                objective("CAPACITY_BUILDING", "Training of Ukrainian cluster managers"))))).isEmpty();
    }

    @Test
    void eachObjectiveMissedIsOneViolationAndAllAreReportedAtOnce() {
        assertThat(eligibility(ukraineCall(), addressing(List.of(objective("CAPACITY_BUILDING", "Training")))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("objectives", "objective_not_addressed"));
        List<Violation> none = eligibility(ukraineCall(), addressing(null));
        assertThat(none).extracting(Violation::code)
                .containsExactly("objective_not_addressed", "objective_not_addressed");
        assertThat(none.get(0).message()).contains("VALUE_CHAIN_INTERLINKAGES");
        assertThat(none.get(1).message()).contains("CAPACITY_BUILDING");
    }

    @Test
    void anObjectiveNamedWithoutSayingHowIsNotAddressed() {
        assertThat(eligibility(ukraineCall(), addressing(List.of(objective("VALUE_CHAIN_INTERLINKAGES", "  "),
                objective("CAPACITY_BUILDING", "Training"))))).extracting(Violation::code)
                .containsExactly("objective_not_addressed");
    }

    @Test
    void workPackagesCoveringEveryActivityBetweenThemAreEligible() {
        assertThat(eligibility(eenCall(), withWorkPackages(List.of(wp("Advisory services", "SERVICES_TO_CLIENTS"),
                wp("Outreach", "PROMOTION", "NETWORK_DEVELOPMENT"),
                wp("Management", "COORDINATION", "PROJECT_MANAGEMENT"))))).isEmpty();
    }

    @Test
    void anActivityNoWorkPackageCoversIsRefusedEveryOneAtOnce() {
        List<Violation> withoutPromotion = eligibility(eenCall(), withWorkPackages(List.of(
                wp("Advisory services", "SERVICES_TO_CLIENTS"), wp("Network", "NETWORK_DEVELOPMENT"),
                wp("Management", "COORDINATION", "PROJECT_MANAGEMENT"))));
        assertThat(withoutPromotion).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("workPackages", "activity_not_covered"));
        assertThat(withoutPromotion.get(0).message()).contains("PROMOTION");
        assertThat(eligibility(eenCall(), withWorkPackages(List.of(wp("Everything")))))
                .extracting(Violation::code).hasSize(5).containsOnly("activity_not_covered");
    }

    @Test
    void aCallWithoutObjectivesOrActivitiesAsksForNone() {
        assertThat(eligibility(euroclustersCall(), eligibleContent())).isEmpty();
    }

    @Test
    void codesTheCallDoesNotHaveAreContentErrorsReportedAtOnce() {
        ProposalContent c = eligibleContent();
        ProposalContent wrong = new ProposalContent(c.acronym(), c.title(), c.abstractText(), c.tags(), c.coordinator(),
                c.partners(), List.of(wp("Outreach", "PROMOTION", "PROMOTION", "MARKETING")), c.budget(),
                List.of(objective("VALUE_CHAIN_INTERLINKAGES", "x"), objective("VALUE_CHAIN_INTERLINKAGES", "y"),
                        objective("PEACE", "z"), objective(null, "w")));
        assertThat(ProposalContentPolicy.check(wrong, KNOWN, UKRAINE, EEN)).extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(
                        tuple("objectives[1].code", "duplicate_objective"),
                        tuple("objectives[2].code", "unknown_objective"),
                        tuple("objectives[3].code", "required"),
                        tuple("workPackages[0].activities[2]", "unknown_activity"),
                        tuple("workPackages[0].activities", "duplicate_activity"));
        assertThat(ProposalContentPolicy.check(addressing(List.of(objective("CAPACITY_BUILDING", "x"))), KNOWN))
                .extracting(Violation::code).containsExactly("unknown_objective");
    }
}
