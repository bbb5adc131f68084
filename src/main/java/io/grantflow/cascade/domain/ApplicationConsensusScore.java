package io.grantflow.cascade.domain;

import io.grantflow.evaluation.domain.CriterionScore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;

/** The score per criterion the consortium records as agreed for an application (open calls scored by CONSENSUS). */
@Entity
@Table(name = "application_consensus_score")
public class ApplicationConsensusScore extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "application_id") Long applicationId, @Column(name = "criterion") String criterion)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Embedded
    CriterionScore value = new CriterionScore();

    protected ApplicationConsensusScore() {
    }

    public ApplicationConsensusScore(Long applicationId, String criterion) {
        this.key = new Key(applicationId, criterion);
    }

    public CriterionScore value() {
        if (value == null) {
            value = new CriterionScore();
        }
        return value;
    }

    public static List<ApplicationConsensusScore> of(Long applicationId) {
        return list("key.applicationId", applicationId);
    }
}
