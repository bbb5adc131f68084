package io.grantflow.calls;

import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinitionPolicy;
import io.grantflow.calls.domain.CallDefinitionPolicy.PastDeadlines;
import io.grantflow.calls.domain.CallObjective;
import io.grantflow.calls.domain.CallTemplate;
import io.grantflow.calls.domain.ProjectPeriod;
import io.grantflow.calls.domain.RequiredActivity;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The call's objectives, required activities, project period and round, on both sides of each rule, without the server. */
class CallProgrammeRulesPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final LocalDate JULY = LocalDate.of(2027, 7, 1);

    private static CallDefinition with(List<CallObjective> objectives, List<RequiredActivity> activities,
                                       ProjectPeriod period, String scheme, String previousRound) {
        return CallDefinitionPolicyTest.valid().withProgrammeRules(objectives, activities, period, scheme, previousRound);
    }

    private static List<Violation> check(CallDefinition d) {
        return CallDefinitionPolicy.check(d, NOW, PastDeadlines.REFUSED);
    }

    @Test
    void objectivesActivitiesAPeriodAndAPreviousRoundThatAreWellFormedPass() {
        CallDefinition d = with(CallTemplate.UKRAINE_OBJECTIVES, CallTemplate.EEN_ACTIVITIES,
                new ProjectPeriod(JULY, LocalDate.of(2030, 12, 31)), "ESCP-4i", "COSME-ESCP-4I");
        assertThat(check(d)).isEmpty();
    }

    @Test
    void everyBrokenRuleOfObjectivesAndActivitiesIsReportedAtOnce() {
        CallDefinition d = with(
                List.of(new CallObjective("CAPACITY_BUILDING", "Capacity building"),
                        new CallObjective("CAPACITY_BUILDING", "Again"),
                        new CallObjective("capacity building", "lower case"),
                        new CallObjective("VALUE_CHAINS", null)),
                List.of(new RequiredActivity("PROMOTION", "Promotion"), new RequiredActivity("PROMOTION", "Promotion"),
                        new RequiredActivity(null, "No code")),
                null, null, null);
        assertThat(check(d)).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                tuple("objectives[1].code", "duplicate_objective"),
                tuple("objectives[2].code", "invalid_code"),
                tuple("objectives[3].title", "required"),
                tuple("requiredActivities[1].code", "duplicate_activity"),
                tuple("requiredActivities[2].code", "required"));
    }

    @Test
    void theProjectPeriodEndsAfterItStartsOneDayIsEnough() {
        assertThat(check(with(null, null, new ProjectPeriod(JULY, JULY.plusDays(1)), null, null))).isEmpty();
        assertThat(check(with(null, null, new ProjectPeriod(JULY, JULY), null, null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("projectPeriod.end", "project_period_end_not_after_start"));
        assertThat(check(with(null, null, new ProjectPeriod(JULY, JULY.minusDays(1)), null, null)))
                .extracting(Violation::code).containsExactly("project_period_end_not_after_start");
        assertThat(check(with(null, null, new ProjectPeriod(null, null), null, null)))
                .extracting(Violation::field).containsExactlyInAnyOrder("projectPeriod.start", "projectPeriod.end");
    }

    @Test
    void aCallCannotFollowItselfAndNamesItsPreviousRoundByIdentifier() {
        CallDefinition d = CallDefinitionPolicyTest.valid();
        assertThat(check(with(null, null, null, null, d.identifier()))).extracting(Violation::code)
                .containsExactly("previous_round_is_itself");
        assertThat(check(with(null, null, null, "", "not an identifier"))).extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(tuple("scheme", "invalid_scheme"), tuple("previousRound", "invalid_identifier"));
    }

    @Test
    void theTemplatesCarryTheProgrammesRules() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        CallDefinition een = CallTemplate.EEN_CUTOFFS.definition(today);
        assertThat(een.requiredActivities()).extracting(RequiredActivity::code).containsExactly("SERVICES_TO_CLIENTS",
                "PROMOTION", "NETWORK_DEVELOPMENT", "COORDINATION", "PROJECT_MANAGEMENT");
        assertThat(een.projectPeriod().start()).isAfter(een.deadlines().get(2).at().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate());
        assertThat(een.projectPeriod().start().plusMonths(42).minusDays(1)).isEqualTo(een.projectPeriod().end());
        CallDefinition ukraine = CallTemplate.EU_UKRAINE.definition(today);
        assertThat(ukraine.objectives()).extracting(CallObjective::code)
                .containsExactly("VALUE_CHAIN_INTERLINKAGES", "CAPACITY_BUILDING");
        assertThat(ukraine.requiredActivities()).isEmpty();
    }
}
