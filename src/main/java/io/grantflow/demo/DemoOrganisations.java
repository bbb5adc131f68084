package io.grantflow.demo;

import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;

/** Demo organisations (all fictitious) and the demo users who act for them. */
final class DemoOrganisations {

    record DemoOrganisation(OrganisationDefinition definition, List<String> members) {
    }

    static final List<DemoOrganisation> ALL = List.of(
            new DemoOrganisation(new OrganisationDefinition("Flanders Hydrogen Cluster vzw", "900000001", "BE",
                    OrganisationType.CLUSTER_ORGANISATION, null, null, null, null), List.of("coordinator")),
            new DemoOrganisation(new OrganisationDefinition("Bavarian Battery Network e.V.", "900000002", "DE",
                    OrganisationType.CLUSTER_ORGANISATION, null, null, null, null), List.of("partner")),
            new DemoOrganisation(new OrganisationDefinition("Cluster Aragonés del Hidrógeno", "900000003", "ES",
                    OrganisationType.BUSINESS_SUPPORT_ORGANISATION, null, null, null, null), List.of()),
            new DemoOrganisation(new OrganisationDefinition("Voltaic Components S.r.l.", "900000011", "IT",
                    OrganisationType.SME, new BigDecimal("42.00"), Money.eur("7800000.00"), Money.eur("5100000.00"),
                    List.of(new RelatedEnterprise("Voltaic Holding S.p.A.", RelatedEnterprise.Relation.PARTNER,
                            new BigDecimal("30"), new BigDecimal("20.00"), Money.eur("3000000.00"),
                            Money.eur("2500000.00")))), List.of("sme1")),
            new DemoOrganisation(new OrganisationDefinition("Agro Sensing OÜ", "900000012", "EE",
                    OrganisationType.SME, new BigDecimal("6.50"), Money.eur("850000.00"), Money.eur("400000.00"),
                    List.of()), List.of("sme2")),
            new DemoOrganisation(new OrganisationDefinition("Pôle Mobilité Nouvelle-Aquitaine", "900000021", "FR",
                    OrganisationType.CLUSTER_ORGANISATION, null, null, null, null), List.of("host")));

    private DemoOrganisations() {
    }
}
