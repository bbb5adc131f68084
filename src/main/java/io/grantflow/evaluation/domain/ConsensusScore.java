package io.grantflow.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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

    /** Hibernate leaves it null while both columns are null: {@link #value()} answers an empty one then. */
    @Embedded
    CriterionScore value = new CriterionScore();

    protected ConsensusScore() {
    }

    public ConsensusScore(Long proposalId, String criterion) {
        this.key = new Key(proposalId, criterion);
    }

    public CriterionScore value() {
        if (value == null) {
            value = new CriterionScore();
        }
        return value;
    }

    public BigDecimal score() {
        return value().score;
    }

    public String comment() {
        return value().comment;
    }

    public static List<ConsensusScore> of(Long proposalId) {
        return list("key.proposalId", proposalId);
    }
}
