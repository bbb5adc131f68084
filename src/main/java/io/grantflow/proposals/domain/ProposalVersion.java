package io.grantflow.proposals.domain;

import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A submitted version of a proposal, kept as submitted (never changed). */
@Entity
@Table(name = "proposal_version")
public class ProposalVersion extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "proposal_id") Long proposalId, @Column(name = "number") Integer number)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "requested_contribution", nullable = false)
    public Money requestedContribution;

    @Column(name = "planned_sme_support", nullable = false)
    public Money plannedSmeSupport;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    protected ProposalVersion() {
    }

    public ProposalVersion(Long proposalId, int number, String content, String contentHash, ProposalFinance finance,
                           String submittedBy, Instant submittedAt) {
        this.key = new Key(proposalId, number);
        this.content = content;
        this.contentHash = contentHash;
        this.requestedContribution = finance.requestedContribution();
        this.plannedSmeSupport = finance.plannedSmeSupport();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public static List<ProposalVersion> of(Long proposalId) {
        return list("key.proposalId = ?1 order by key.number", proposalId);
    }

    public static java.util.Optional<ProposalVersion> find(Long proposalId, int number) {
        return find("key.proposalId = ?1 and key.number = ?2", proposalId, number).firstResultOptional();
    }
}
