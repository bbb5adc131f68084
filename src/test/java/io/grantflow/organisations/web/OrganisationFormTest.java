package io.grantflow.organisations.web;

import io.grantflow.organisations.domain.OrganisationPolicy;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration form: what was typed is kept, read into the API's definition, and problems land on their fields. */
class OrganisationFormTest {

    private static Map<String, List<String>> fields(String... pairs) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return m;
    }

    @Test
    void anEmptyFormHasThreeEmptyRows() {
        OrganisationForm form = OrganisationForm.empty();
        assertThat(form.rows()).hasSize(OrganisationForm.MIN_ROWS);
        assertThat(form.rows()).allMatch(OrganisationForm.Row::isEmpty);
        assertThat(form.rows().get(2).field("name")).isEqualTo("relatedEnterprises[2].name");
        assertThat(form.rows().get(2).id("name")).isEqualTo("re2-name");
        assertThat(form.rows().get(2).number()).isEqualTo(3);
    }

    @Test
    void anEmptyRowFollowsTheLastOneFilledWhileThereIsRoom() {
        assertThat(OrganisationForm.of(fields("relatedEnterprises[2].name", "C")).rows()).hasSize(4);
        assertThat(OrganisationForm.of(fields("relatedEnterprises[7].name", "H")).rows())
                .hasSize(OrganisationForm.MAX_ROWS);
        assertThat(OrganisationForm.of(fields("relatedEnterprises[8].name", "beyond")).rows())
                .as("rows beyond the form's are not read").hasSize(OrganisationForm.MIN_ROWS);
    }

    @Test
    void theFormIsReadIntoTheDefinitionSkippingEmptyRows() {
        OrganisationForm form = OrganisationForm.of(fields("legalName", " Atelier Lumière ", "pic", "123456789",
                "country", "FR", "type", "SME", "staffHeadcount", "12,5", "annualTurnover", "1 800 000",
                "balanceSheetTotal", "900 000,50",
                "relatedEnterprises[1].name", "Holding", "relatedEnterprises[1].relation", "PARTNER",
                "relatedEnterprises[1].ownershipShare", "30", "relatedEnterprises[1].staffHeadcount", "4",
                "relatedEnterprises[1].annualTurnover", "100 000", "relatedEnterprises[1].balanceSheetTotal", "50 000",
                "sectors", "DIGITAL", "sectors", "TOURISM", "valueChains", "lighting, furniture and living;; ,"));
        OrganisationForm.Reading r = form.read(Locale.FRENCH);
        assertThat(r.problems()).isEmpty();
        assertThat(r.definition().legalName()).isEqualTo("Atelier Lumière");
        assertThat(r.definition().type()).isEqualTo(OrganisationType.SME);
        assertThat(r.definition().staffHeadcount()).isEqualByComparingTo("12.5");
        assertThat(r.definition().balanceSheetTotal()).isEqualTo(Money.eur("900000.50"));
        assertThat(r.definition().relatedEnterprises()).containsExactly(new RelatedEnterprise("Holding",
                RelatedEnterprise.Relation.PARTNER, new BigDecimal("30"), new BigDecimal("4"), Money.eur("100000"),
                Money.eur("50000")));
        assertThat(r.rowOfEnterprise()).containsExactly(1);
        assertThat(r.definition().sectors()).containsExactly("DIGITAL", "TOURISM");
        assertThat(r.definition().valueChains()).containsExactly("lighting", "furniture and living");
        assertThat(form.hasSector("TOURISM")).isTrue();
        assertThat(form.hasSector("HEALTH")).isFalse();
    }

    @Test
    void whatCannotBeReadIsAProblemOfItsFieldAndTheTextIsKept() {
        OrganisationForm form = OrganisationForm.of(fields("staffHeadcount", "twelve", "annualTurnover", "1.5.5",
                "type", "NONSENSE", "relatedEnterprises[0].relation", "COUSIN", "relatedEnterprises[0].name", "X"));
        OrganisationForm.Reading r = form.read(Locale.UK);
        assertThat(r.problems()).extracting(Violation::field).containsExactlyInAnyOrder("staffHeadcount",
                "annualTurnover", "type", "relatedEnterprises[0].relation");
        assertThat(r.problems()).extracting(Violation::code).containsOnly(FormNumbers.INVALID);
        assertThat(form.staffHeadcount()).isEqualTo("twelve");
        assertThat(r.definition().staffHeadcount()).isNull();
    }

    @Test
    void theRulesViolationsLandOnTheRowsOfTheForm() {
        OrganisationForm form = OrganisationForm.of(fields("legalName", "A", "pic", "123456789", "country", "FR",
                "type", "SME", "staffHeadcount", "5", "annualTurnover", "1", "balanceSheetTotal", "1",
                "relatedEnterprises[2].name", "Late row", "relatedEnterprises[2].relation", "PARTNER",
                "relatedEnterprises[2].ownershipShare", "60", "relatedEnterprises[2].staffHeadcount", "1",
                "relatedEnterprises[2].annualTurnover", "1", "relatedEnterprises[2].balanceSheetTotal", "1",
                "valueChains", "water, Water"));
        OrganisationForm.Reading r = form.read(Locale.UK);
        List<Violation> rules = OrganisationPolicy.check(r.definition()).violations();
        List<FieldProblem> onForm = rules.stream().map(r::onForm).toList();
        assertThat(onForm).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("relatedEnterprises[2].ownershipShare", "valueChains");
        FieldProblem keyword = onForm.stream().filter(p -> p.field().equals("valueChains")).findFirst().orElseThrow();
        assertThat(keyword.code()).isEqualTo("duplicate_value_chain");
        assertThat(keyword.subject()).isEqualTo("Water");
        assertThat(onForm.get(0).anchor()).isIn("re2-ownershipShare", "valueChains");
    }

    @Test
    void keywordsAreSplitOnCommasSemicolonsAndLines() {
        assertThat(OrganisationForm.keywords("a, b;c\nd\r\n, ")).containsExactly("a", "b", "c", "d");
        assertThat(OrganisationForm.keywords(" ")).isEmpty();
    }
}
