package io.grantflow.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An address that hears of notified events: the programme's (no organisation: every event) or an
 * organisation's (the events that concern it), for the kinds it chose ({@link #ALL_KINDS} for all). It is
 * never deleted, only disabled, so that its deliveries stay readable.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    /** The event kind that stands for every kind. */
    public static final String ALL_KINDS = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for the programme's endpoints. */
    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_kinds", nullable = false)
    public String[] eventKinds = new String[0];

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(Long organisationId, String url, List<String> eventKinds, String secret, String createdBy,
                           Instant now) {
        this.organisationId = organisationId;
        this.url = url;
        this.eventKinds = eventKinds.toArray(String[]::new);
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether the endpoint hears of events of this kind. */
    public boolean hears(String kind) {
        return Arrays.asList(eventKinds).contains(ALL_KINDS) || Arrays.asList(eventKinds).contains(kind);
    }

    public boolean programmes() {
        return organisationId == null;
    }

    public boolean active() {
        return disabledAt == null;
    }

    /** Stops the endpoint hearing of events; true when it was active until now (repeating changes nothing). */
    public boolean disable(Instant now) {
        if (disabledAt != null) {
            return false;
        }
        disabledAt = now;
        return true;
    }

    /** The active endpoints that hear of an event of {@code kind} concerning the organisations (the programme's always). */
    public static List<WebhookEndpoint> listening(String kind, List<Long> organisations) {
        List<WebhookEndpoint> candidates = organisations.isEmpty()
                ? list("disabledAt is null and organisationId is null order by id")
                : list("disabledAt is null and (organisationId is null or organisationId in ?1) order by id", organisations);
        return candidates.stream().filter(e -> e.hears(kind)).toList();
    }
}
