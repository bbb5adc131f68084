package io.grantflow.calls.web;

import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallTemplate;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's call form shows a definition and reads it back unchanged; what it cannot read is named. */
class CallFormTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @ParameterizedTest
    @EnumSource(CallTemplate.class)
    void aTemplateShownAndReadBackIsTheSameDefinition(CallTemplate template) {
        CallDefinition d = template.definition(TODAY);
        List<Violation> out = new ArrayList<>();
        CallDefinition read = CallForm.of(d, template.name()).definition(d, Locale.FRENCH, out);
        assertThat(out).isEmpty();
        assertThat(read.identifier()).isEqualTo(d.identifier());
        assertThat(read.budget()).isEqualTo(d.budget());
        assertThat(read.deadlines()).isEqualTo(d.deadlines());
        assertThat(read.opensAt()).isEqualTo(d.opensAt());
        assertThat(read.objectivesOrEmpty()).isEqualTo(d.objectivesOrEmpty());
        assertThat(read.requiredActivitiesOrEmpty()).isEqualTo(d.requiredActivitiesOrEmpty());
        assertThat(read.projectPeriod()).isEqualTo(d.projectPeriod());
        assertThat(read.scheme()).isEqualTo(d.scheme());
        assertThat(read.previousRound()).isEqualTo(d.previousRound());
        assertThat(read.criteria()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class).build())
                .isEqualTo(d.criteria());
        assertThat(read.fstp().maxPerThirdParty()).isEqualTo(d.fstp().maxPerThirdParty());
        assertThat(read.fstp().minSmeShare()).isEqualByComparingTo(d.fstp().minSmeShare());
        assertThat(read.eligibility()).usingRecursiveComparison().isEqualTo(d.eligibility());
        assertThat(read.activities()).isEqualTo(d.activities());
        assertThat(read.grantTerms()).isEqualTo(d.grantTerms());
        assertThat(read.sectors()).isEqualTo(d.sectors());
    }

    @Test
    void whatCannotBeReadIsNamedAsTheApiNamesItAndLinkedToItsField() {
        CallDefinition d = CallTemplate.EEN_CUTOFFS.definition(TODAY);
        CallForm shown = CallForm.of(d, "EEN_CUTOFFS");
        List<CallForm.Row> rows = new ArrayList<>(shown.deadlines());
        rows.set(0, new CallForm.Row(0, "", "", ""));           // the first row emptied: the second is deadlines[0]
        rows.set(1, new CallForm.Row(1, "Cut-off 2", "next week", "12,5x"));
        CallForm typed = new CallForm(shown.key(), shown.template(), shown.identifier(), shown.title(),
                shown.description(), shown.programme(), shown.actionType(), shown.submissionModel(), "lots",
                shown.expectedGrants(), shown.minGrant(), shown.maxGrant(), shown.opensAt(), rows, shown.fstpRate(),
                shown.otherRate(), shown.minSmeShare(), shown.maxPerThirdParty(), shown.minPartners(),
                shown.minCountries(), shown.eligibleCountries(), shown.sectors(), shown.valueChains(), shown.criteria(),
                shown.overallThreshold(), "three", shown.minCommentLength());
        List<Violation> out = new ArrayList<>();
        CallDefinition read = typed.definition(d, Locale.ENGLISH, out);
        assertThat(out).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("budget", "invalid_amount"),
                org.assertj.core.groups.Tuple.tuple("deadlines[0].at", "invalid_date"),
                org.assertj.core.groups.Tuple.tuple("deadlines[0].budget", "invalid_amount"),
                org.assertj.core.groups.Tuple.tuple("evaluation.expertsPerProposal", "invalid_number"));
        assertThat(read.deadlines()).hasSize(2);
        assertThat(typed.anchor("deadlines[0].at")).isEqualTo("deadline-at-1");
        assertThat(typed.anchor("deadlines[1].budget")).isEqualTo("deadline-budget-2");
        assertThat(typed.anchor("fundingRates.otherCosts")).isEqualTo("otherRate");
        assertThat(typed.anchor("evaluation.expertsPerProposal")).isEqualTo("expertsPerProposal");
        assertThat(typed.anchor("sectors[3]")).isEqualTo("sectors");
    }
    private static CallForm with(CallForm f, String submissionModel, List<CallForm.Row> criteria, String threshold) {
        return new CallForm(f.key(), f.template(), f.identifier(), f.title(), f.description(), f.programme(),
                f.actionType(), submissionModel, f.budget(), f.expectedGrants(), f.minGrant(), f.maxGrant(), f.opensAt(),
                f.deadlines(), f.fstpRate(), f.otherRate(), f.minSmeShare(), f.maxPerThirdParty(), f.minPartners(),
                f.minCountries(), f.eligibleCountries(), f.sectors(), f.valueChains(), criteria, threshold,
                f.expertsPerProposal(), f.minCommentLength());
    }

    @Test
    void tieBreaksFollowRenamedCriteriaAndStageSettingsLeaveWithTheSecondStage() {
        CallDefinition innosup = CallTemplate.INNOSUP_TWO_STAGE.definition(TODAY);
        CallForm shown = CallForm.of(innosup, "INNOSUP_TWO_STAGE");
        List<CallForm.Row> criteria = new ArrayList<>(shown.criteria());
        criteria.set(0, new CallForm.Row(0, "Excellence and novelty", "1", "3"));   // renamed
        criteria.set(3, new CallForm.Row(3, "Sustainability", "1", "3"));           // added
        List<Violation> out = new ArrayList<>();
        CallDefinition read = with(shown, "SINGLE_STAGE", criteria, "10").definition(innosup, Locale.ENGLISH, out);
        assertThat(out).isEmpty();
        assertThat(read.tieBreak()).containsExactly("Impact", "Excellence and novelty", "Sustainability");
        assertThat(read.evaluation().stage1Threshold()).isNull();
        assertThat(read.evaluation().stage2InvitationMultiple()).isNull();
        CallDefinition kept = with(shown, "TWO_STAGE", shown.criteria(), "10").definition(innosup, Locale.ENGLISH, out);
        assertThat(kept.tieBreak()).isEqualTo(innosup.tieBreak());
        assertThat(kept.evaluation().stage1Threshold()).isEqualByComparingTo("4.0");
    }

    @Test
    void numbersAreReadOnlyAsPeopleTypeThemNeverWithAnExponent() {
        CallDefinition d = CallTemplate.EUROCLUSTERS.definition(TODAY);
        CallForm shown = CallForm.of(d, "EUROCLUSTERS");
        List<Violation> out = new ArrayList<>();
        with(shown, shown.submissionModel(), shown.criteria(), "1e999999999").definition(d, Locale.ENGLISH, out);
        assertThat(out).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("overallThreshold", "invalid_number"));
    }

    @Test
    void aDefinitionWithMoreRowsThanTheFormOffersKeepsThemAll() {
        CallDefinition een = CallTemplate.EEN_CUTOFFS.definition(TODAY);
        List<CallDefinition.DeadlineDefinition> five = new ArrayList<>(een.deadlines());
        five.add(new CallDefinition.DeadlineDefinition("Cut-off 4", een.deadlines().get(2).at().plusSeconds(86400 * 30), null));
        five.add(new CallDefinition.DeadlineDefinition("Cut-off 5", een.deadlines().get(2).at().plusSeconds(86400 * 60), null));
        CallDefinition longer = new CallDefinition(een.identifier(), een.title(), een.description(), een.programme(),
                een.actionType(), een.budget(), een.expectedGrants(), een.minGrant(), een.maxGrant(),
                een.fundingRates(), een.opensAt(), een.submissionModel(), five, een.eligibility(), een.criteria(),
                een.overallThreshold(), een.tieBreak(), een.fstp(), een.sectors(), een.valueChains(), een.activities(),
                een.evaluation(), een.grantTerms());
        CallForm shown = CallForm.of(longer, null);
        assertThat(shown.deadlines()).hasSize(6);
        assertThat(shown.definition(longer, Locale.ENGLISH, new ArrayList<>()).deadlines()).isEqualTo(five);
        assertThat(shown.anchor("eligibility.eligibleCountries[2]")).isEqualTo("eligibleCountries");
    }

    @org.junit.jupiter.api.Test
    void objectivesAndActivitiesAreReadOnePerLineAndADayThatCannotBeReadIsReported() {
        CallDefinition d = CallTemplate.EU_UKRAINE.definition(TODAY);
        CallForm shown = CallForm.of(d, "EU_UKRAINE");
        assertThat(shown.objectives()).isEqualTo("VALUE_CHAIN_INTERLINKAGES: Value-chain interlinkages between EU and "
                + "Ukrainian clusters\nCAPACITY_BUILDING: Capacity building of Ukrainian cluster organisations\n");
        CallForm typed = new CallForm(shown.key(), shown.template(), shown.identifier(), shown.title(),
                shown.description(), shown.programme(), shown.actionType(), shown.submissionModel(), shown.budget(),
                shown.expectedGrants(), shown.minGrant(), shown.maxGrant(), shown.opensAt(), shown.deadlines(),
                shown.fstpRate(), shown.otherRate(), shown.minSmeShare(), shown.maxPerThirdParty(),
                shown.minPartners(), shown.minCountries(), shown.eligibleCountries(), shown.sectors(),
                shown.valueChains(), shown.criteria(), shown.overallThreshold(), shown.expertsPerProposal(),
                shown.minCommentLength(), "\r\n  PROMOTION :  Promotion  \n\nNO_TITLE\n", "", "2029-02-30", "", " ESCP-4i ",
                "");
        List<Violation> out = new ArrayList<>();
        CallDefinition read = typed.definition(d, Locale.ENGLISH, out);
        assertThat(read.objectives()).extracting(io.grantflow.calls.domain.CallObjective::code,
                io.grantflow.calls.domain.CallObjective::title)
                .containsExactly(org.assertj.core.api.Assertions.tuple("PROMOTION", "Promotion"),
                        org.assertj.core.api.Assertions.tuple("NO_TITLE", null));
        assertThat(read.requiredActivities()).isEmpty();
        assertThat(read.scheme()).isEqualTo("ESCP-4i");
        assertThat(read.previousRound()).isNull();
        assertThat(out).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple("projectPeriod.start", "invalid_date"));
        assertThat(typed.anchor("projectPeriod.start")).isEqualTo("projectStart");
        assertThat(typed.anchor("objectives[1].title")).isEqualTo("objectives");
    }
}
