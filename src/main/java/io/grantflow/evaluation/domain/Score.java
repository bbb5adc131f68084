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

/** One expert's score and comment for one criterion of one proposal. */
@Entity
@Table(name = "evaluation_score")
public class Score extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "assignment_id") Long assignmentId, @Column(name = "criterion") String criterion)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** Hibernate leaves it null while both columns are null: {@link #value()} answers an empty one then. */
    @Embedded
    CriterionScore value = new CriterionScore();

    protected Score() {
    }

    public Score(Long assignmentId, String criterion) {
        this.key = new Key(assignmentId, criterion);
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

    public static List<Score> of(Long assignmentId) {
        return list("key.assignmentId", assignmentId);
    }
}
