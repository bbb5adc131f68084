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

/** One evaluator's score and comment for one criterion of one application (the programme's {@link CriterionScore}). */
@Entity
@Table(name = "application_score")
public class ApplicationScore extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "assignment_id") Long assignmentId, @Column(name = "criterion") String criterion)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** Hibernate leaves it null while both columns are null: {@link #value()} answers an empty one then. */
    @Embedded
    CriterionScore value = new CriterionScore();

    protected ApplicationScore() {
    }

    public ApplicationScore(Long assignmentId, String criterion) {
        this.key = new Key(assignmentId, criterion);
    }

    public CriterionScore value() {
        if (value == null) {
            value = new CriterionScore();
        }
        return value;
    }

    public static List<ApplicationScore> of(Long assignmentId) {
        return list("key.assignmentId", assignmentId);
    }
}
