package io.grantflow.organisations.api;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.organisations.domain.SmeDefinition;
import io.grantflow.organisations.domain.SmeFigures;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An organisation as the API shows it. Its own figures, related enterprises and the SME assessment
 * (category, the aggregated figures it used, the reason) are shown to its members and to officers only.
 * Everyone sees whether an officer validated its type and PIC; who and when, members and officers; and its NUTS 2
 * {@code region} where it gave one.
 */
public record OrganisationView(Long id, String pic, String legalName, String country, OrganisationType type,
                               SmeCategory smeCategory, BigDecimal staffHeadcount, Money annualTurnover,
                               Money balanceSheetTotal, List<RelatedEnterprise> relatedEnterprises,
                               SmeAssessmentView smeAssessment, boolean validated, Validation validation,
                               List<String> sectors, List<String> valueChains, String region) {

    public record Validation(String validatedBy, Instant validatedAt) {
    }

    public record SmeAssessmentView(SmeCategory category, SmeFigures figuresUsed, String reason) {
    }

    public static OrganisationView of(Organisation o, boolean withFigures) {
        SmeAssessmentView assessment = null;
        if (withFigures && o.staffHeadcount != null) {
            SmeDefinition.Assessment a = SmeDefinition.assess(
                    new SmeFigures(o.staffHeadcount, o.annualTurnover, o.balanceSheetTotal), o.relatedEnterprises);
            assessment = new SmeAssessmentView(a.category(), a.aggregated(), a.reason());
        }
        return new OrganisationView(o.id, o.pic, o.legalName, o.country, o.type, o.smeCategory,
                withFigures ? o.staffHeadcount : null, withFigures ? o.annualTurnover : null,
                withFigures ? o.balanceSheetTotal : null, withFigures ? o.relatedEnterprises : null, assessment,
                o.isValidated(), withFigures && o.isValidated() ? new Validation(o.validatedBy, o.validatedAt) : null,
                Arrays.asList(o.sectors), Arrays.asList(o.valueChains), o.region);
    }
}
