package io.grantflow.evaluation.domain;

import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.Consumer;

import static io.grantflow.evaluation.domain.EvaluationFixture.LATER;
import static io.grantflow.evaluation.domain.EvaluationFixture.acceptedAssignment;
import static io.grantflow.evaluation.domain.EvaluationFixture.agreedEvaluation;
import static io.grantflow.evaluation.domain.EvaluationFixture.conflictedAssignment;
import static io.grantflow.evaluation.domain.EvaluationFixture.evaluationInConsensus;
import static io.grantflow.evaluation.domain.EvaluationFixture.individualEvaluation;
import static io.grantflow.evaluation.domain.EvaluationFixture.newAssignment;
import static io.grantflow.evaluation.domain.EvaluationFixture.submittedAssignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An expert's assignment and a proposal's evaluation: every act, legal and refused. */
class AssignmentTest {

    private static <T> void refused(T given, Consumer<T> act, DomainException.Kind kind, String code) {
        assertThatThrownBy(() -> act.accept(given)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void anExpertDeclaresNoConflictThenScoresAndSubmits() {
        Assignment a = newAssignment();
        assertThat(a.status).isEqualTo(AssignmentStatus.ASSIGNED);
        a.declareNoConflict(LATER);
        assertThat(a.status).isEqualTo(AssignmentStatus.ACCEPTED);
        a.requireScorable();
        a.submit(LATER);
        assertThat(a.status).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(a.submittedAt).isEqualTo(LATER);
        assertThat(a.active()).isTrue();
    }

    @Test
    void aConflictOfInterestEndsTheAssignment() {
        Assignment a = conflictedAssignment();
        assertThat(a.status).isEqualTo(AssignmentStatus.CONFLICT_DECLARED);
        assertThat(a.conflictReason).isEqualTo("I advise the coordinator");
        assertThat(a.active()).isFalse();
    }

    @Test
    void theDeclarationIsMadeOnce() {
        refused(acceptedAssignment(), a -> a.declareConflict(null, LATER), DomainException.Kind.CONFLICT, "already_declared");
        refused(submittedAssignment(), a -> a.declareNoConflict(LATER), DomainException.Kind.CONFLICT, "already_declared");
        refused(conflictedAssignment(), a -> a.declareNoConflict(LATER), DomainException.Kind.CONFLICT, "already_declared");
    }

    @Test
    void nothingIsScoredBeforeTheDeclarationNorAfterTheSubmission() {
        refused(newAssignment(), Assignment::requireScorable, DomainException.Kind.FORBIDDEN, "conflict_declaration_required");
        refused(newAssignment(), a -> a.submit(LATER), DomainException.Kind.FORBIDDEN, "conflict_declaration_required");
        refused(submittedAssignment(), a -> a.submit(LATER), DomainException.Kind.CONFLICT, "evaluation_submitted");
        refused(conflictedAssignment(), Assignment::requireScorable, DomainException.Kind.CONFLICT, "evaluation_submitted");
    }

    @Test
    void theConsensusOpensOnceAndIsAgreedWhileOpen() {
        ProposalEvaluation e = individualEvaluation();
        assertThat(e.openConsensus(LATER)).isTrue();
        assertThat(e.openConsensus(LATER)).isFalse(); // a retried job
        e.agree("rapporteur", new BigDecimal("12.250"), LATER);
        assertThat(e.status).isEqualTo(EvaluationStatus.AGREED);
        assertThat(e.total).isEqualTo(new BigDecimal("12.250"));
        assertThat(evaluationInConsensus().status).isEqualTo(EvaluationStatus.CONSENSUS);
    }

    @Test
    void noConsensusBeforeEveryIndividualEvaluationNorAfterTheAgreement() {
        refused(individualEvaluation(), e -> e.agree("r", BigDecimal.TEN, LATER), DomainException.Kind.CONFLICT,
                "consensus_not_open");
        refused(agreedEvaluation(), ProposalEvaluation::requireConsensusOpen, DomainException.Kind.CONFLICT,
                "consensus_agreed");
    }

    @Test
    void anExpertWhoHasNotSubmittedIsRemindedAndEscalatedOnceEach() {
        Assignment a = acceptedAssignment();
        assertThat(a.remind(LATER)).isTrue();
        assertThat(a.remind(LATER.plusSeconds(60))).as("reminded once").isFalse();
        assertThat(a.remindedAt).isEqualTo(LATER);
        assertThat(a.escalate(LATER.plusSeconds(120))).isTrue();
        assertThat(a.escalate(LATER.plusSeconds(180))).as("escalated once").isFalse();
        assertThat(a.escalatedAt).isEqualTo(LATER.plusSeconds(120));
    }

    @Test
    void aSubmittedEvaluationIsNeitherRemindedNorEscalated() {
        Assignment a = submittedAssignment();
        assertThat(a.remind(LATER)).isFalse();
        assertThat(a.escalate(LATER)).isFalse();
        assertThat(a.remindedAt).isNull();
        assertThat(a.escalatedAt).isNull();
    }

    @Test
    void aDraftIsSavedOnlyWhileTheEvaluationIsOpen() {
        Assignment a = acceptedAssignment();
        a.draftSaved(LATER);
        assertThat(a.savedAt).isEqualTo(LATER);
        refused(newAssignment(), x -> x.draftSaved(LATER), DomainException.Kind.FORBIDDEN, "conflict_declaration_required");
        refused(submittedAssignment(), x -> x.draftSaved(LATER), DomainException.Kind.CONFLICT, "evaluation_submitted");
    }
}
