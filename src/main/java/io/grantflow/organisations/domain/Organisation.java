package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.sector.Sectors;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A legal entity taking part in proposals or applying as a third party; its SME category is computed. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String pic;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Column(name = "staff_headcount")
    public BigDecimal staffHeadcount;

    @Column(name = "annual_turnover")
    public Money annualTurnover;

    @Column(name = "balance_sheet_total")
    public Money balanceSheetTotal;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_enterprises", nullable = false)
    public List<RelatedEnterprise> relatedEnterprises = new ArrayList<>();

    /** Industrial-ecosystem codes ({@link io.grantflow.shared.sector.Ecosystem}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] sectors = new String[0];

    /** Free value-chain keywords beside the sectors. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "value_chains", nullable = false)
    public String[] valueChains = new String[0];

    /** Its NUTS 2 region ({@link NutsRegion}); null: not given. */
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "sme_category", nullable = false)
    public SmeCategory smeCategory;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The officer who validated the registered type and PIC, and when; null until then. An act that
     * changed the type or the PIC would clear both (none exists: they are fixed at registration).
     */
    @Column(name = "validated_by")
    public String validatedBy;

    @Column(name = "validated_at")
    public Instant validatedAt;

    @Version
    public long version;

    protected Organisation() {
    }

    /** A new organisation from a definition {@link OrganisationPolicy} accepted. */
    public static Organisation register(OrganisationDefinition d, SmeCategory category, String user, Instant now) {
        Organisation o = new Organisation();
        o.pic = d.pic();
        o.legalName = d.legalName();
        o.country = d.country();
        o.type = d.type();
        o.staffHeadcount = d.staffHeadcount();
        o.annualTurnover = d.annualTurnover();
        o.balanceSheetTotal = d.balanceSheetTotal();
        o.relatedEnterprises = new ArrayList<>(d.relatedOrEmpty());
        o.sectors = Sectors.codes(d.sectors());
        o.valueChains = Sectors.valueChains(d.valueChains());
        o.region = d.region();
        o.smeCategory = category;
        o.createdBy = user;
        o.createdAt = now;
        return o;
    }

    /** An officer validates the type and PIC; the first validation stands. False when it was validated before. */
    public boolean validate(String officer, Instant now) {
        if (isValidated()) {
            return false;
        }
        validatedBy = officer;
        validatedAt = now.truncatedTo(ChronoUnit.MICROS); // as the database keeps it, so every read shows the same
        return true;
    }

    public boolean isValidated() {
        return validatedAt != null;
    }

    public boolean isSme() {
        return smeCategory.isSme();
    }
}
