package io.grantflow.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The consensus score and comment for one criterion of one proposal (a draft until agreed). */
@Entity
@Table(name = "consensus_score")
public class ConsensusScore extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "proposal_id") Long proposalId, @Column(name = "criterion") String criterion)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public BigDecimal score;

    public String comment;

    protected ConsensusScore() {
    }

    public ConsensusScore(Long proposalId, String criterion) {
        this.key = new Key(proposalId, criterion);
    }

    public static List<ConsensusScore> of(Long proposalId) {
        return list("key.proposalId", proposalId);
    }
}
