package io.grantflow.calls;

import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinitionPolicy;
import io.grantflow.calls.domain.CallDefinitionPolicy.PastDeadlines;
import io.grantflow.calls.domain.CallTemplate;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.time.Brussels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template of a known call is a definition the call policy accepts, laid out from the day it is used. */
class CallTemplateTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final Instant NOW = Brussels.at(TODAY, 12, 0);

    @ParameterizedTest
    @EnumSource(CallTemplate.class)
    void eachTemplateBreaksNoRuleOfACall(CallTemplate template) {
        CallDefinition d = template.definition(TODAY);
        assertThat(CallDefinitionPolicy.check(d, NOW, PastDeadlines.REFUSED)).isEmpty();
        assertThat(d.opensAt()).isAfter(NOW);
        assertThat(d.identifier()).contains("2027");
    }

    @Test
    void theTemplatesKeepTheirCallsSubmissionModels() {
        assertThat(CallTemplate.INNOSUP_TWO_STAGE.definition(TODAY).submissionModel()).isEqualTo(SubmissionModel.TWO_STAGE);
        assertThat(CallTemplate.INNOSUP_TWO_STAGE.definition(TODAY).deadlines()).hasSize(2);
        assertThat(CallTemplate.EEN_CUTOFFS.definition(TODAY).submissionModel()).isEqualTo(SubmissionModel.MULTIPLE_CUTOFFS);
        assertThat(CallTemplate.EEN_CUTOFFS.definition(TODAY).deadlines()).allSatisfy(dl -> assertThat(dl.budget()).isNotNull());
        assertThat(CallTemplate.EUROCLUSTERS.definition(TODAY).fstp().minSmeShare()).isEqualByComparingTo("75");
        assertThat(CallTemplate.CLUSTERXCHANGE.definition(TODAY).fstp().maxPerThirdParty().amount())
                .isEqualByComparingTo("1100");
    }

    @Test
    void aTemplateUsedInAnotherYearNamesThatYear() {
        assertThat(CallTemplate.EUROCLUSTERS.definition(LocalDate.of(2028, 12, 25)).identifier())
                .isEqualTo("SMP-COSME-2029-CLUSTER-01");
    }
}
