package io.grantflow.organisations.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's request to join an existing organisation. Until a member of the organisation or an
 * officer (never the requester) approves it, the requester is not a member.
 */
@Entity
@Table(name = "organisation_membership_request")
public class MembershipRequest extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    protected MembershipRequest() {
    }

    public static MembershipRequest ask(Long organisationId, String user, Instant now) {
        MembershipRequest r = new MembershipRequest();
        r.organisationId = organisationId;
        r.username = user;
        r.status = Status.PENDING;
        r.requestedAt = now;
        return r;
    }

    /** Whether {@code user} made this request (and so may not decide it). */
    public boolean isBy(String user) {
        return username.equals(user);
    }

    /** Whether the request was decided the other way: a decision stands. */
    public boolean decidedOtherThan(Status outcome) {
        return status != Status.PENDING && status != outcome;
    }

    /** Approves a pending request; false when it was approved already. */
    public boolean approve(String by, Instant now) {
        return decide(Status.APPROVED, by, now);
    }

    /** Rejects a pending request; false when it was rejected already. */
    public boolean reject(String by, Instant now) {
        return decide(Status.REJECTED, by, now);
    }

    private boolean decide(Status outcome, String by, Instant now) {
        if (status == outcome) {
            return false;
        }
        if (status != Status.PENDING) {
            throw new IllegalStateException("request " + id + " is " + status);
        }
        status = outcome;
        decidedBy = by;
        decidedAt = now;
        return true;
    }

    public static Optional<MembershipRequest> pending(Long organisationId, String user) {
        return find("organisationId = ?1 and username = ?2 and status = ?3", organisationId, user, Status.PENDING)
                .firstResultOptional();
    }

    public static Optional<MembershipRequest> forUpdate(Long organisationId, Long id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
