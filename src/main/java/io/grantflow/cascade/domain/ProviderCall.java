package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A consortium's call for service providers (e.g. coaches): it selects providers onto the grant's roster at a day
 * rate of at most {@link #maxDayRate}. It is a service contract, not support to third parties: it has no budget
 * and commits nothing; the money is committed when an in-kind open call awards an SME days of the service.
 */
@Entity
@Table(name = "provider_call")
public class ProviderCall extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceKind service;

    @Column(name = "max_day_rate", nullable = false)
    public Money maxDayRate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "provider_types", nullable = false)
    public String[] providerTypes = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Selection selection;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "request_reference")
    public String requestReference;

    /** The call as defined (after {@link ProviderCallPolicy#check}), for the grant's consortium member {@code by}. */
    public static ProviderCall publish(Long grantId, ProviderCallDefinition d, String by, String reference, Instant now) {
        ProviderCall c = new ProviderCall();
        c.grantId = grantId;
        c.title = d.title();
        c.description = d.description();
        c.service = d.service();
        c.maxDayRate = d.maxDayRate();
        c.providerTypes = (d.providerTypes() == null || d.providerTypes().isEmpty() ? ProviderCallPolicy.DEFAULT_TYPES
                : d.providerTypes()).stream().map(Enum::name).toArray(String[]::new);
        c.selection = d.selection();
        c.opensAt = d.opensAt();
        c.closesAt = d.closesAt();
        c.createdBy = by;
        c.createdAt = now;
        c.requestReference = reference;
        return c;
    }

    public Set<OrganisationType> types() {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        Arrays.stream(providerTypes).map(OrganisationType::valueOf).forEach(types::add);
        return types;
    }

    /** Open from {@code opensAt} to {@code closesAt}, both included. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }
}
