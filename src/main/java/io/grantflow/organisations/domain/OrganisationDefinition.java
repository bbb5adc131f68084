package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/organisations}. Enterprises give the figures their SME category is computed from.
 * {@code sectors}: the industrial ecosystems it works in ({@link io.grantflow.shared.sector.Ecosystem} codes);
 * {@code valueChains}: free keywords beside them. Both optional. {@code region}: its NUTS 2 region (optional,
 * {@link NutsRegion}), by which the KPIs tell SMEs from other regions than the partners'.
 */
public record OrganisationDefinition(String legalName, String pic, String country, OrganisationType type,
                                     BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal,
                                     List<RelatedEnterprise> relatedEnterprises, List<String> sectors,
                                     List<String> valueChains, String region) {

    /** An organisation that names no region. */
    public OrganisationDefinition(String legalName, String pic, String country, OrganisationType type,
                                  BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal,
                                  List<RelatedEnterprise> relatedEnterprises, List<String> sectors,
                                  List<String> valueChains) {
        this(legalName, pic, country, type, staffHeadcount, annualTurnover, balanceSheetTotal, relatedEnterprises,
                sectors, valueChains, null);
    }

    /** An organisation that names no sector or value chain. */
    public OrganisationDefinition(String legalName, String pic, String country, OrganisationType type,
                                  BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal,
                                  List<RelatedEnterprise> relatedEnterprises) {
        this(legalName, pic, country, type, staffHeadcount, annualTurnover, balanceSheetTotal, relatedEnterprises,
                null, null, null);
    }

    public boolean isEnterprise() {
        return type == OrganisationType.SME || type == OrganisationType.LARGE_ENTERPRISE;
    }

    public List<RelatedEnterprise> relatedOrEmpty() {
        return relatedEnterprises == null ? List.of() : relatedEnterprises;
    }
}
