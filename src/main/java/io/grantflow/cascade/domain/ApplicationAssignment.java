package io.grantflow.cascade.domain;

import io.grantflow.evaluation.domain.EvaluationAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One evaluator of an open call's pool evaluating one application: the lifecycle of the programme's evaluations
 * ({@link EvaluationAssignment}: declaration, versioned drafts, one submission).
 */
@Entity
@Table(name = "application_assignment")
public class ApplicationAssignment extends EvaluationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "open_call_id", nullable = false)
    public Long openCallId;

    @Column(name = "evaluator_id", nullable = false)
    public Long evaluatorId;

    protected ApplicationAssignment() {
    }

    public ApplicationAssignment(Long applicationId, Long openCallId, Long evaluatorId, int slot, Instant now) {
        super(slot, now);
        this.applicationId = applicationId;
        this.openCallId = openCallId;
        this.evaluatorId = evaluatorId;
    }

    public static List<ApplicationAssignment> ofApplication(Long applicationId) {
        return list("applicationId = ?1 order by slot, id", applicationId);
    }

    public static List<ApplicationAssignment> ofOpenCall(Long openCallId) {
        return list("openCallId = ?1 order by applicationId, slot, id", openCallId);
    }

    public static Optional<ApplicationAssignment> forUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
