package io.grantflow.evaluation.application;

import java.time.Instant;

/** The port to proposal-evaluation.bpmn (implemented in the workflow package). */
public interface EvaluationWorkflow {

    /** Every slot of the proposal has an expert: its lifecycle runs the evaluation process. */
    void started(Long proposalId, int expertsRequired, Instant dueAt, Instant reminderAt);

    /** The individual evaluation of one slot was submitted. */
    void individualSubmitted(Long proposalId, int slot);

    /** The rapporteur agreed the consensus. */
    void consensusAgreed(Long proposalId);
}
