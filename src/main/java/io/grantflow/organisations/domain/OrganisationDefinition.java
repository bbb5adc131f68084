package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/organisations}. Enterprises give the figures their SME category is computed from.
 * {@code sectors}: the industrial ecosystems it works in ({@link io.grantflow.shared.sector.Ecosystem} codes);
 * {@code valueChains}: free keywords beside them. Both optional.
 */
public record OrganisationDefinition(String legalName, String pic, String country, OrganisationType type,
                                     BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal,
                                     List<RelatedEnterprise> relatedEnterprises, List<String> sectors,
                                     List<String> valueChains) {

    /** An organisation that names no sector or value chain. */
    public OrganisationDefinition(String legalName, String pic, String country, OrganisationType type,
                                  BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal,
                                  List<RelatedEnterprise> relatedEnterprises) {
        this(legalName, pic, country, type, staffHeadcount, annualTurnover, balanceSheetTotal, relatedEnterprises,
                null, null);
    }

    public boolean isEnterprise() {
        return type == OrganisationType.SME || type == OrganisationType.LARGE_ENTERPRISE;
    }

    public List<RelatedEnterprise> relatedOrEmpty() {
        return relatedEnterprises == null ? List.of() : relatedEnterprises;
    }
}
