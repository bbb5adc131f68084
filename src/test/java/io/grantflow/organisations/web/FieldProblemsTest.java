package io.grantflow.organisations.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem at once, in the order of the form; a field that could not be read is not also "required". */
class FieldProblemsTest {

    @Test
    void aFieldThatCouldNotBeReadDoesNotAlsoShowTheRulesProblem() {
        FieldProblems p = FieldProblems.of(
                List.of(new FieldProblem("staffHeadcount", "invalid_value", null, "not a number")),
                List.of(new FieldProblem("staffHeadcount", "required", null, "staffHeadcount is required"),
                        new FieldProblem("pic", "invalid_pic", null, "9 digits")));
        assertThat(p.count()).isEqualTo(2);
        assertThat(p.of("staffHeadcount")).extracting(FieldProblem::code).containsExactly("invalid_value");
        assertThat(p.has("pic")).isTrue();
        assertThat(p.has("country")).isFalse();
        assertThat(p.hasCode("invalid_pic")).isTrue();
    }

    @Test
    void problemsAreInTheOrderOfTheForm() {
        FieldProblems p = FieldProblems.of(List.of(), List.of(
                new FieldProblem("valueChains", "too_long", "x", "m"),
                new FieldProblem("relatedEnterprises[1].name", "required", null, "m"),
                new FieldProblem("relatedEnterprises[0].staffHeadcount", "required", null, "m"),
                new FieldProblem("relatedEnterprises[0].name", "required", null, "m"),
                new FieldProblem("sectors", "unknown_sector", "SPACE", "m"),
                new FieldProblem("legalName", "required", null, "m"),
                new FieldProblem(null, "organisation_pic_taken", null, "m")));
        assertThat(p.all()).extracting(FieldProblem::anchor).containsExactly("register-form", "legalName",
                "re0-name", "re0-staffHeadcount", "re1-name", "sectors", "valueChains");
        assertThat(p.general()).hasSize(1);
    }

    @Test
    void aProblemAlwaysHasASubjectAndAMessageToSay() {
        FieldProblem p = new FieldProblem("pic", "invalid_pic", null, null);
        assertThat(p.subject()).isEmpty();
        assertThat(p.message()).isEmpty();
        assertThat(p.messageId()).isEqualTo("pic-error");
    }
}
