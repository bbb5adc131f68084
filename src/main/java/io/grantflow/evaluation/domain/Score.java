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

    public BigDecimal score;

    public String comment;

    protected Score() {
    }

    public Score(Long assignmentId, String criterion) {
        this.key = new Key(assignmentId, criterion);
    }

    public static List<Score> of(Long assignmentId) {
        return list("key.assignmentId", assignmentId);
    }
}
