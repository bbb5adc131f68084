package io.grantflow.evaluation.application;

import io.grantflow.evaluation.api.AssignmentView;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.evaluation.domain.Score;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.proposals.application.ProposalQueries;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.RoundingMode;
import java.util.List;

/**
 * An expert's own assignments: only the expert sees them (anyone else's is a 404, whatever it holds),
 * and reads the proposal only after declaring no conflict of interest.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssignmentAccess {

    @Inject
    EntityManager em;

    @Inject
    ProposalQueries proposals;

    /** One page of the caller's active assignments, by id. */
    public Page<AssignmentView> myAssignments(String user, PageRequest page) {
        Expert expert = Expert.byUsername(user).orElse(null);
        if (expert == null) {
            return Page.of(List.of(), page, 0);
        }
        var query = Assignment.<Assignment>find("expertId = ?1 and status <> ?2 order by id", expert.id,
                AssignmentStatus.CONFLICT_DECLARED);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(a -> view(a, false)).toList(),
                page, total);
    }

    /**
     * One of the caller's assignments; the proposal itself only after declaring no conflict of interest. Read in a
     * transaction of its own when there is none, so that it reads what is stored: outside a transaction Hibernate keeps
     * the request's entities, and a page that saved a draft (in the save's transaction) and then reads the assignment
     * again would be shown the version it read before the save.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public AssignmentView myAssignment(Long id, String user) {
        Assignment a = own(id, user);
        if (a.status == AssignmentStatus.ASSIGNED) {
            throw DomainException.forbidden("conflict_declaration_required", "declare whether you have a conflict of interest with this proposal before reading it", List.of());
        }
        return view(a, true);
    }

    /** One of the caller's assignments as it is before the declaration: who takes part, not the proposal. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AssignmentView myAssignmentSummary(Long id, String user) {
        return view(own(id, user), false);
    }

    /** What an expert scores an assignment against: the call's criteria at the proposal's stage and its thresholds. */
    public record Sheet(String callTitle, List<SheetCriterion> criteria, int minCommentLength,
                        java.math.BigDecimal overallThreshold) {
    }

    public record SheetCriterion(String name, java.math.BigDecimal weight, java.math.BigDecimal threshold) {
    }

    /** The scoring sheet of one of the caller's assignments. */
    public Sheet sheet(Long id, String user) {
        Proposal p = Proposal.findById(own(id, user).proposalId);
        return new Sheet(p.call.title, p.call.criteriaAtStage(p.stage).stream()
                .map(c -> new SheetCriterion(c.name, c.weight, c.threshold)).toList(), p.call.minCommentLength,
                p.call.overallThreshold);
    }

    /** The caller's own, active assignment, locked for a change. */
    Assignment lockedOwn(Long id, String user) {
        Assignment a = own(id, user);
        Assignment locked = em.find(Assignment.class, a.id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked, LockModeType.PESSIMISTIC_WRITE);
        return locked;
    }

    /** The caller's own, active assignment; anyone else's is a 404, whatever it holds. */
    private static Assignment own(Long id, String user) {
        Expert expert = Expert.byUsername(user).orElseThrow(() -> DomainException.notFound("assignment", "" + id));
        return Assignment.<Assignment>findByIdOptional(id)
                .filter(a -> a.expertId.equals(expert.id) && a.active())
                .orElseThrow(() -> DomainException.notFound("assignment", String.valueOf(id)));
    }

    AssignmentView view(Assignment a, boolean withProposal) {
        Proposal p = Proposal.findById(a.proposalId);
        List<AssignmentView.Participant> participants = Organisation.<Organisation>list("id in ?1", p.organisationIds())
                .stream().map(o -> new AssignmentView.Participant(o.id, o.legalName, o.country)).toList();
        boolean readable = a.status == AssignmentStatus.ACCEPTED || a.status == AssignmentStatus.SUBMITTED;
        List<AssignmentView.ScoreView> scores = !readable ? List.of() : p.call.criteriaAtStage(p.stage).stream().map(c -> {
            Score s = Score.<Score>find("key.assignmentId = ?1 and key.criterion = ?2", a.id, c.name).firstResult();
            return new AssignmentView.ScoreView(c.name, s == null || s.score() == null ? null
                    : s.score().setScale(1, RoundingMode.UNNECESSARY), s == null ? null : s.comment());
        }).toList();
        return new AssignmentView(a.id, p.call.identifier, p.id, p.acronym, p.title, participants, a.status,
                a.assignedAt, a.declaredAt, a.savedAt, a.submittedAt, a.draftVersion,
                ProposalEvaluation.<ProposalEvaluation>findByIdOptional(p.id).map(e -> e.dueAt).orElse(null), scores,
                withProposal && readable ? proposals.viewForEvaluation(p.id) : null);
    }
}
