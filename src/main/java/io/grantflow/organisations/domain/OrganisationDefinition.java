package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /api/organisations}. Enterprises give the figures their SME category is computed from. */
public record OrganisationDefinition(String legalName, String pic, String country, OrganisationType type,
                                     BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal,
                                     List<RelatedEnterprise> relatedEnterprises) {

    public boolean isEnterprise() {
        return type == OrganisationType.SME || type == OrganisationType.LARGE_ENTERPRISE;
    }

    public List<RelatedEnterprise> relatedOrEmpty() {
        return relatedEnterprises == null ? List.of() : relatedEnterprises;
    }
}
