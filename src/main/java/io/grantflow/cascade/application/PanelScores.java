package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationAssignmentView;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationAssignment;
import io.grantflow.cascade.domain.ApplicationScore;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelEvaluator;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An evaluator scores an assigned application as an expert scores a proposal ({@link ScoringPolicy}, the same
 * rules): drafts (versioned), then one submission with every criterion scored and commented, which locks them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PanelScores {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** The evaluator's assignments on every open call, newest first. */
    public Page<ApplicationAssignmentView> mine(String user, PageRequest request) {
        String query = "evaluatorId in (select e.id from PanelEvaluator e where e.username = ?1)";
        long total = ApplicationAssignment.count(query, user);
        List<ApplicationAssignmentView> items = ApplicationAssignment.<ApplicationAssignment>find(query
                        + " order by id desc", user).page(request.page() - 1, request.size()).list().stream()
                .map(this::view).toList();
        return Page.of(items, request, total);
    }

    /** How many of the evaluator's assignments wait for their declaration or their scores. */
    public long waiting(String user) {
        return ApplicationAssignment.count("evaluatorId in (select e.id from PanelEvaluator e where e.username = ?1) "
                + "and status in ?2", user, List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED));
    }

    public ApplicationAssignmentView one(Long id, String user) {
        return view(PanelAccess.own(id, user));
    }

    /**
     * Saves a draft: the entries given replace those criteria's score and comment; others, and a comment left
     * out, keep what was saved. {@code replaces}: the draft version read; a newer one saved since is a 409.
     */
    public ApplicationAssignmentView save(Long id, List<ScoringPolicy.Entry> entries, Integer replaces, String user) {
        ApplicationAssignment a = PanelAccess.own(id, user);
        a.requireScorable();
        a.requireLatestDraft(replaces);
        OpenCall oc = OpenCall.findById(a.openCallId);
        new Violations().addAll(ScoringPolicy.checkDraft(entries, new LinkedHashSet<>(names(oc))))
                .throwIfAny("invalid_scores", "the scores cannot be saved");
        for (ScoringPolicy.Entry e : entries) {
            ApplicationScore s = ApplicationScore.findById(new ApplicationScore.Key(a.id, e.criterion()));
            if (s == null) {
                s = new ApplicationScore(a.id, e.criterion());
                s.persist();
            }
            s.value().write(e);
        }
        a.draftSaved(clock.instant());
        em.flush();
        return view(a);
    }

    /** Submits the evaluation: every criterion scored and commented; then it is locked. */
    public ApplicationAssignmentView submit(Long id, String user) {
        ApplicationAssignment a = PanelAccess.own(id, user);
        if (a.status == AssignmentStatus.SUBMITTED) {
            return view(a);
        }
        a.requireScorable();
        Application app = Application.forUpdate(a.applicationId).orElseThrow(); // one act at a time per application
        if (app.status != ApplicationStatus.UNDER_REVIEW) {
            throw DomainException.conflict("application_not_under_review", "application " + app.id + " is "
                    + app.status + "; its evaluation ended");
        }
        OpenCall oc = OpenCall.findById(a.openCallId);
        new Violations().addAll(ScoringPolicy.checkComplete(saved(a), names(oc), oc.minCommentLength))
                .throwIfAny("evaluation_incomplete", "the evaluation cannot be submitted");
        a.submit(clock.instant());
        em.flush();
        return view(a);
    }

    ApplicationAssignmentView view(ApplicationAssignment a) {
        OpenCall oc = OpenCall.findById(a.openCallId);
        Application app = Application.findById(a.applicationId);
        Organisation org = Organisation.findById(app.organisationId);
        boolean readable = a.status == AssignmentStatus.ACCEPTED || a.status == AssignmentStatus.SUBMITTED;
        List<ApplicationAssignmentView.ScoreView> own = ApplicationScore.of(a.id).stream()
                .map(s -> new ApplicationAssignmentView.ScoreView(s.key.criterion(), s.value().score, s.value().comment))
                .toList();
        List<OpenCallView.Criterion> criteria = OpenCallView.Evaluation.of(oc).criteria();
        return new ApplicationAssignmentView(a.id, app.id, oc.id, oc.title, org.legalName, a.status, a.assignedAt,
                a.declaredAt, a.savedAt, a.submittedAt, a.draftVersion, oc.minCommentLength, criteria, own,
                readable ? app.purpose : null, readable ? app.sector : null, readable ? app.amountToAward : null);
    }

    /** The evaluator's saved scores by criterion. */
    static Map<String, ScoringPolicy.Entry> saved(ApplicationAssignment a) {
        Map<String, ScoringPolicy.Entry> saved = new HashMap<>();
        ApplicationScore.of(a.id).forEach(s -> saved.put(s.key.criterion(), s.value().entry(s.key.criterion())));
        return saved;
    }

    static List<String> names(OpenCall oc) {
        return oc.criteria.stream().map(c -> c.name).toList();
    }
}
