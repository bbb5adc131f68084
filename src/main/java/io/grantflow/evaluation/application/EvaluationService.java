package io.grantflow.evaluation.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.shared.geo.Countries;
import io.grantflow.calls.domain.Tags;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.evaluation.domain.EvaluationStatus;
import io.grantflow.evaluation.domain.ExpertSelection;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.evaluation.domain.Score;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.proposals.application.ProposalService;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.UserNames;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Experts, each call's pool, and assigning eligible proposals to experts without conflicts of interest. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EvaluationService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ProposalService proposals;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    io.grantflow.notifications.application.Notifications notifications;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EvaluationService.class);

    public ExpertView register(ExpertRequest r) {
        Violations v = new Violations();
        String username = null;
        if (v.required(r.username(), "username")) {
            username = UserNames.normalise(r.username()).orElse(null);
            v.check(username == null, "username", "too_long", "at most " + UserNames.MAX_LENGTH + " characters");
        }
        if (v.required(r.name(), "name")) {
            v.check(r.name().length() > 300, "name", "too_long", "at most 300 characters");
        }
        if (v.required(r.nationality(), "nationality")) {
            v.check(!Countries.isIso(r.nationality()), "nationality", "invalid_country", "an ISO 3166-1 alpha-2 code");
        }
        List<String> expertise = r.expertise() == null ? List.of() : r.expertise();
        for (int i = 0; i < expertise.size(); i++) {
            v.check(!Tags.isKnown(expertise.get(i)), "expertise[" + i + "]", "unknown_tag", Tags.unknown(expertise.get(i)));
        }
        v.check(r.organisation() != null && Organisation.findById(r.organisation()) == null, "organisation",
                "unknown_organisation", "there is no organisation " + r.organisation());
        v.throwIfAny("invalid_expert", "the expert cannot be registered");
        if (Expert.byUsername(username).isPresent()) {
            throw DomainException.conflict("expert_exists", "user " + username + " is already an expert");
        }
        Expert e = new Expert(username, r.name(), r.nationality(), r.organisation(),
                expertise.stream().distinct().toArray(String[]::new), clock.instant());
        e.persistAndFlush();
        return ExpertView.of(e);
    }

    /** One page of the experts, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExpertView> experts(PageRequest page) {
        var query = Expert.<Expert>findAll(io.quarkus.panache.common.Sort.by("id"));
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(ExpertView::of).toList(),
                page, total);
    }

    /** Replaces the call's pool of experts; answers the given page of the new pool. */
    public Page<ExpertView> setPool(String identifier, List<Long> expertIds, PageRequest page) {
        return poolPage(replacePool(identifier, expertIds), page);
    }

    /** Replaces the call's pool of experts. */
    public void setPool(String identifier, List<Long> expertIds) {
        replacePool(identifier, expertIds);
    }

    private Call replacePool(String identifier, List<Long> expertIds) {
        Call call = publishedCall(identifier, true);
        List<Long> ids = expertIds == null ? List.of() : expertIds.stream().distinct().toList();
        Violations v = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            v.check(Expert.findById(ids.get(i)) == null, "experts[" + i + "]", "unknown_expert",
                    "there is no expert " + ids.get(i));
        }
        v.throwIfAny("invalid_pool", "the pool cannot be set");
        em.createNativeQuery("delete from grantflow.call_expert where call_id = ?1").setParameter(1, call.id).executeUpdate();
        for (Long id : ids) {
            em.createNativeQuery("insert into grantflow.call_expert (call_id, expert_id) values (?1, ?2)")
                    .setParameter(1, call.id).setParameter(2, id).executeUpdate();
        }
        return call;
    }

    /** One page of the call's pool of experts, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExpertView> poolOf(String identifier, PageRequest page) {
        return poolPage(publishedCall(identifier, false), page);
    }

    @SuppressWarnings("unchecked")
    private Page<ExpertView> poolPage(Call call, PageRequest page) {
        long total = ((Number) em.createNativeQuery("select count(*) from grantflow.call_expert where call_id = ?1")
                .setParameter(1, call.id).getSingleResult()).longValue();
        List<Number> ids = em.createNativeQuery("select expert_id from grantflow.call_expert where call_id = ?1 "
                        + "order by expert_id").setParameter(1, call.id)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<ExpertView> items = ids.isEmpty() ? List.of()
                : Expert.<Expert>list("id in ?1 order by id", ids.stream().map(Number::longValue).toList()).stream()
                .map(ExpertView::of).toList();
        return Page.of(items, page, total);
    }

    /**
     * Assigns every eligible proposal of the call (or of one cut-off's batch) to N experts from the
     * pool (the call's {@code expertsPerProposal} unless the request says otherwise), filling only the
     * evaluation slots that have no expert: running it again changes nothing. A proposal whose slots
     * are all filled starts its evaluation (proposal-evaluation.bpmn), due after the call's evaluation days.
     */
    public AssignmentRun assign(String identifier, Integer perProposal, Integer cutoff) {
        Call call = publishedCall(identifier, true);
        if (perProposal != null && (perProposal < 1 || perProposal > 10)) {
            throw DomainException.ruleBroken("invalid_assignment", "the number of experts is from 1 to 10",
                    List.of(new Violation("expertsPerProposal", "out_of_range", "from 1 to 10")));
        }
        requireClosed(call, cutoff);
        List<Expert> pool = pool(call);
        if (pool.isEmpty()) {
            throw DomainException.conflict("expert_pool_empty", "the call " + call.identifier + " has no experts in its "
                    + "pool: register experts (POST /api/experts) and put them in the call's pool "
                    + "(PUT /api/calls/" + call.identifier + "/experts), then assign again");
        }
        int requested = perProposal == null ? call.expertsPerProposal : perProposal;
        List<ProposalStatus> statuses = List.of(ProposalStatus.ELIGIBLE, ProposalStatus.UNDER_EVALUATION);
        List<Proposal> eligible = cutoff == null
                ? Proposal.list("call.id = ?1 and status in ?2 order by id", call.id, statuses)
                : Proposal.list("call.id = ?1 and status in ?2 and deadlineIndex = ?3 order by id", call.id,
                statuses, cutoff);
        int created = 0;
        int started = 0;
        List<AssignmentRun.Shortfall> shortfalls = new ArrayList<>();
        for (Proposal p : eligible) {
            Proposal.byIdForUpdate(p.id); // serialises with submissions: none is lost between the last slot and the start
            ProposalEvaluation evaluation = ProposalEvaluation.findById(p.id);
            Set<Integer> taken = new HashSet<>();
            Assignment.<Assignment>list("proposalId = ?1 and status <> ?2", p.id, AssignmentStatus.CONFLICT_DECLARED)
                    .forEach(a -> taken.add(a.slot));
            int highest = taken.stream().mapToInt(Integer::intValue).max().orElse(-1);
            int needed = evaluation != null ? evaluation.expertsRequired : Math.max(requested, highest + 1);
            List<Integer> free = new ArrayList<>();
            for (int slot = 0; slot < needed; slot++) {
                if (!taken.contains(slot)) {
                    free.add(slot);
                }
            }
            int added = fill(p, pool, free);
            created += added;
            if (added < free.size()) {
                shortfalls.add(new AssignmentRun.Shortfall(p.id, needed - free.size() + added, needed));
            } else if (evaluation == null) {
                start(p, needed);
                started++;
            }
        }
        return new AssignmentRun(eligible.size(), created, requested, started, shortfalls);
    }

    /**
     * Proposals are assigned once their deadline has passed (their eligibility is re-checked then):
     * before it, assigning is a 409 {@code call_not_closed} naming the deadline, never an empty run.
     * Without a cut-off, the call's first deadline counts (a later cut-off's proposals wait for theirs).
     */
    private void requireClosed(Call call, Integer cutoff) {
        if (cutoff != null && (cutoff < 0 || cutoff >= call.deadlines.size())) {
            throw DomainException.ruleBroken("invalid_assignment", "the call has no deadline " + cutoff,
                    List.of(new Violation("cutoff", "out_of_range", "from 0 to " + (call.deadlines.size() - 1))));
        }
        int index = cutoff == null ? 0 : cutoff;
        Instant deadline = call.deadlines.get(index).at;
        if (!clock.instant().isAfter(deadline)) {
            throw DomainException.conflict("call_not_closed", "nothing can be assigned yet: the deadline "
                    + (call.deadlines.size() > 1 ? index + " " : "") + "of the call " + call.identifier + " is "
                    + Brussels.format(deadline)
                    + "; proposals are assigned after it, once their eligibility has been re-checked");
        }
    }

    /** Every slot has an expert: the evaluation starts, and slots submitted before it count at once. */
    private void start(Proposal p, int experts) {
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofDays(p.call.evaluationDays));
        Instant reminder = due.minus(Duration.ofDays(p.call.reminderDays));
        new ProposalEvaluation(p.id, p.call.id, p.deadlineIndex, experts, now, due, reminder).persist();
        proposals.advance(p, ProposalStatus.UNDER_EVALUATION, "EVALUATION_STARTED",
                experts + " experts; due " + Brussels.format(due), null);
        em.flush();
        workflow.started(p.id, experts, due, reminder);
        Assignment.<Assignment>list("proposalId = ?1 and status = ?2", p.id, AssignmentStatus.SUBMITTED)
                .forEach(a -> workflow.individualSubmitted(p.id, a.slot));
    }

    /** The reminder timer of one slot: marks the expert who has not submitted as reminded (once). */
    public void remind(Long proposalId, int slot) {
        activeInSlot(proposalId, slot).filter(a -> a.status != AssignmentStatus.SUBMITTED && a.remindedAt == null)
                .ifPresent(a -> {
                    a.remindedAt = clock.instant();
                    Expert.<Expert>findByIdOptional(a.expertId).ifPresent(x -> notifications.toUser(x.username,
                            "EVALUATION_REMINDER", "Your evaluation of proposal " + proposalId + " is due soon",
                            "Submit it before the due date.", "assignment:" + a.id));
                    LOG.infof("Reminded expert %d of the evaluation of proposal %d (slot %d)", a.expertId, proposalId, slot);
                });
    }

    /** The due date of one slot passed: the officers see the escalation in the call's evaluations. */
    public void escalate(Long proposalId, int slot) {
        activeInSlot(proposalId, slot).filter(a -> a.status != AssignmentStatus.SUBMITTED && a.escalatedAt == null)
                .ifPresent(a -> {
                    a.escalatedAt = clock.instant();
                    Expert.<Expert>findByIdOptional(a.expertId).ifPresent(x -> notifications.toUser(x.username,
                            "EVALUATION_OVERDUE", "Your evaluation of proposal " + proposalId + " is overdue",
                            "The officers have been told; submit it as soon as you can.", "assignment:" + a.id));
                    LOG.warnf("Evaluation of proposal %d (slot %d, expert %d) is overdue", proposalId, slot, a.expertId);
                });
    }

    private static java.util.Optional<Assignment> activeInSlot(Long proposalId, int slot) {
        return Assignment.<Assignment>find("proposalId = ?1 and slot = ?2 and status <> ?3", proposalId, slot,
                AssignmentStatus.CONFLICT_DECLARED).firstResultOptional();
    }

    /** The evaluations of a call (or one batch) as the officers follow them: slots, experts, reminders, escalations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public io.grantflow.shared.api.Page<EvaluationProgress> progress(String identifier, Integer cutoff, Boolean overdue,
                                                                     io.grantflow.shared.api.PageRequest page) {
        Call call = publishedCall(identifier, false);
        StringBuilder q = new StringBuilder("from ProposalEvaluation e where e.callId = :call and exists (select p.id "
                + "from Proposal p where p.id = e.proposalId and p.status <> :withdrawn)");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("call", call.id)
                .and("withdrawn", ProposalStatus.WITHDRAWN);
        if (cutoff != null) {
            q.append(" and e.deadlineIndex = :cutoff");
            params.and("cutoff", cutoff);
        }
        if (Boolean.TRUE.equals(overdue)) {
            q.append(" and e.status = :individual and (e.dueAt < :now or exists (select a.id from Assignment a where "
                    + "a.proposalId = e.proposalId and a.escalatedAt is not null and a.status <> :conflict))");
            params.and("individual", EvaluationStatus.INDIVIDUAL).and("now", clock.instant())
                    .and("conflict", AssignmentStatus.CONFLICT_DECLARED);
        }
        var query = ProposalEvaluation.<ProposalEvaluation>find(q + " order by e.proposalId", params);
        long total = query.count();
        List<EvaluationProgress> items = query.range(page.offset(), page.lastIndex()).list().stream()
                .map(e -> EvaluationProgress.of(e, Proposal.<Proposal>findById(e.proposalId),
                        Assignment.list("proposalId = ?1 order by slot, id", e.proposalId), expertNames()))
                .toList();
        return io.grantflow.shared.api.Page.of(items, page, total);
    }

    private static Map<Long, String> expertNames() {
        Map<Long, String> names = new HashMap<>();
        Expert.<Expert>listAll().forEach(e -> names.put(e.id, e.name));
        return names;
    }

    // ---- the evaluator's side ------------------------------------------------------------

    /** One page of the caller's active assignments, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
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

    /** One of the caller's assignments; the proposal itself only after declaring no conflict of interest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentView myAssignment(Long id, String user) {
        Assignment a = own(id, user);
        if (a.status == AssignmentStatus.ASSIGNED) {
            throw DomainException.forbidden("conflict_declaration_required", "declare whether you have a conflict of interest with this proposal before reading it", List.of());
        }
        return view(a, true);
    }

    public AssignmentView declare(Long id, boolean conflict, String reason, String user) {
        Assignment locked = lockedOwn(id, user);
        if (!conflict && (locked.status == AssignmentStatus.ACCEPTED || locked.status == AssignmentStatus.SUBMITTED)) {
            return view(locked, true); // the same declaration again
        }
        if (locked.status != AssignmentStatus.ASSIGNED) {
            throw DomainException.conflict("already_declared", "the declaration for this assignment was made");
        }
        Instant now = clock.instant();
        if (!conflict) {
            locked.declareNoConflict(now);
            return view(locked, true);
        }
        if (reason != null && reason.length() > 500) {
            throw DomainException.ruleBroken("invalid_declaration", "the reason is too long",
                    List.of(new Violation("reason", "too_long", "at most 500 characters")));
        }
        locked.declareConflict(reason, now);
        em.flush();
        Proposal p = Proposal.findById(locked.proposalId);
        fill(p, pool(p.call), List.of(locked.slot)); // a replacement from the pool takes the slot over
        return view(locked, false);
    }

    /**
     * Saves a draft: the entries given replace those criteria's score and comment; criteria not
     * given, and a comment left out (null), keep what was saved before.
     */
    public AssignmentView saveScores(Long id, List<ScoringPolicy.Entry> entries, String user) {
        Assignment a = lockedOwn(id, user);
        requireScorable(a);
        Proposal p = Proposal.findById(a.proposalId);
        Set<String> criteria = new java.util.LinkedHashSet<>(p.call.criteriaAtStage(p.stage).stream()
                .map(c -> c.name).toList());
        new Violations().addAll(ScoringPolicy.checkDraft(entries, criteria)).throwIfAny("invalid_scores",
                "the scores cannot be saved");
        for (ScoringPolicy.Entry e : entries) {
            Score s = Score.<Score>find("key.assignmentId = ?1 and key.criterion = ?2", a.id, e.criterion()).firstResult();
            if (s == null) {
                s = new Score(a.id, e.criterion());
                s.persist();
            }
            if (e.score() != null) {
                s.score = e.score();
            }
            if (e.comment() != null) {
                s.comment = e.comment();
            }
        }
        a.savedAt = clock.instant();
        em.flush();
        return view(a, true);
    }

    /** Submits the evaluation: every criterion scored and commented; then it is locked. */
    public AssignmentView submitScores(Long id, String user) {
        Assignment a = lockedOwn(id, user);
        if (a.status == AssignmentStatus.SUBMITTED) {
            return view(a, true);
        }
        requireScorable(a);
        // one submission at a time per proposal, and never between the last slot's assignment and the start
        Proposal p = Proposal.byIdForUpdate(a.proposalId).orElseThrow();
        if (p.status == ProposalStatus.WITHDRAWN) {
            throw DomainException.conflict("proposal_withdrawn", "the proposal was withdrawn; its evaluation ended");
        }
        ProposalEvaluation evaluation = ProposalEvaluation.forUpdate(p.id).orElse(null);
        Map<String, ScoringPolicy.Entry> saved = new HashMap<>();
        Score.of(a.id).forEach(s -> saved.put(s.key.criterion(), new ScoringPolicy.Entry(s.key.criterion(), s.score, s.comment)));
        new Violations().addAll(ScoringPolicy.checkComplete(saved,
                        p.call.criteriaAtStage(p.stage).stream().map(c -> c.name).toList(), p.call.minCommentLength))
                .throwIfAny("evaluation_incomplete", "the evaluation cannot be submitted");
        a.submit(clock.instant());
        em.flush();
        if (evaluation != null) {
            workflow.individualSubmitted(p.id, a.slot);
        }
        return view(a, true);
    }

    private static void requireScorable(Assignment a) {
        if (a.status == AssignmentStatus.ASSIGNED) {
            throw DomainException.forbidden("conflict_declaration_required", "declare whether you have a conflict of interest with this proposal first", List.of());
        }
        if (a.status == AssignmentStatus.SUBMITTED) {
            throw DomainException.conflict("evaluation_submitted", "the evaluation was submitted and is locked");
        }
    }

    private Assignment lockedOwn(Long id, String user) {
        Assignment a = own(id, user);
        Assignment locked = em.find(Assignment.class, a.id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked, LockModeType.PESSIMISTIC_WRITE);
        return locked;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Fills the free slots with experts from the pool; returns how many it filled. */
    private int fill(Proposal p, List<Expert> pool, List<Integer> slots) {
        int missing = slots.size();
        if (missing <= 0) {
            return 0;
        }
        Set<Long> excluded = new HashSet<>();
        Assignment.<Assignment>list("proposalId", p.id).forEach(a -> excluded.add(a.expertId));
        Set<String> tags = new HashSet<>(Arrays.asList(p.tags));
        tags.addAll(Arrays.asList(p.call.valueChains));
        List<Expert> chosen = ExpertSelection.choose(ExpertSelection.candidates(pool, load(pool)),
                new HashSet<>(p.organisationIds()), tags, excluded, missing);
        Instant now = clock.instant();
        for (int i = 0; i < chosen.size(); i++) {
            new Assignment(p.id, chosen.get(i).id, slots.get(i), now).persist();
        }
        em.flush();
        return chosen.size();
    }

    private Map<Long, Integer> load(List<Expert> pool) {
        Map<Long, Integer> load = new HashMap<>();
        if (pool.isEmpty()) {
            return load;
        }
        List<Object[]> rows = em.createQuery("select a.expertId, count(a) from Assignment a where a.expertId in :ids "
                        + "and a.status <> :conflict group by a.expertId", Object[].class)
                .setParameter("ids", pool.stream().map(e -> e.id).toList())
                .setParameter("conflict", AssignmentStatus.CONFLICT_DECLARED).getResultList();
        rows.forEach(r -> load.put((Long) r[0], ((Number) r[1]).intValue()));
        return load;
    }

    @SuppressWarnings("unchecked")
    private List<Expert> pool(Call call) {
        List<Number> ids = em.createNativeQuery("select expert_id from grantflow.call_expert where call_id = ?1 order by expert_id")
                .setParameter(1, call.id).getResultList();
        return ids.isEmpty() ? List.of()
                : Expert.list("id in ?1 order by id", ids.stream().map(Number::longValue).toList());
    }

    private static Call publishedCall(String identifier, boolean lock) {
        var query = Call.<Call>find("identifier", identifier);
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
    }

    /** The caller's own, active assignment; anyone else's is a 404, whatever it holds. */
    private static Assignment own(Long id, String user) {
        Expert expert = Expert.byUsername(user).orElseThrow(() -> DomainException.notFound("assignment", "" + id));
        return Assignment.<Assignment>findByIdOptional(id)
                .filter(a -> a.expertId.equals(expert.id) && a.active())
                .orElseThrow(() -> DomainException.notFound("assignment", String.valueOf(id)));
    }

    private AssignmentView view(Assignment a, boolean withProposal) {
        Proposal p = Proposal.findById(a.proposalId);
        List<AssignmentView.Participant> participants = Organisation.<Organisation>list("id in ?1", p.organisationIds())
                .stream().map(o -> new AssignmentView.Participant(o.id, o.legalName, o.country)).toList();
        boolean readable = a.status == AssignmentStatus.ACCEPTED || a.status == AssignmentStatus.SUBMITTED;
        List<AssignmentView.ScoreView> scores = !readable ? List.of() : p.call.criteriaAtStage(p.stage).stream().map(c -> {
            Score s = Score.<Score>find("key.assignmentId = ?1 and key.criterion = ?2", a.id, c.name).firstResult();
            return new AssignmentView.ScoreView(c.name, s == null || s.score == null ? null
                    : s.score.setScale(1, java.math.RoundingMode.UNNECESSARY), s == null ? null : s.comment);
        }).toList();
        return new AssignmentView(a.id, p.call.identifier, p.id, p.acronym, p.title, participants, a.status,
                a.assignedAt, a.declaredAt, a.savedAt, a.submittedAt, scores,
                withProposal && readable ? proposals.viewForEvaluation(p.id) : null);
    }
}
