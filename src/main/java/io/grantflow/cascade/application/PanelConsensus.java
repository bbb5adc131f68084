package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationConsensusView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationAssignment;
import io.grantflow.cascade.domain.ApplicationConsensusScore;
import io.grantflow.cascade.domain.ApplicationScore;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelScoring;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.evaluation.domain.Spread;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * On an open call scored by CONSENSUS, the consortium records the agreed score and comment per criterion once
 * every evaluation of the application is submitted, by the rules of the programme's consensus
 * ({@link ScoringPolicy}: half points, every criterion scored and commented).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PanelConsensus {

    /** An application whose evaluations are all in, with the spread per criterion and the consensus recorded so far. */
    public record Awaiting(String organisationName, ApplicationConsensusView consensus) {
    }

    /**
     * The applications of an open call scored by CONSENSUS that await the decision with every evaluation submitted:
     * the ones whose consensus the consortium records (or corrects); none on an open call ranking the average.
     */
    public List<Awaiting> awaiting(Long openCallId, String user) {
        OpenCall oc = PanelAccess.forConsortium(openCallId, user, false);
        if (oc.panelScoring != PanelScoring.CONSENSUS) {
            return List.of();
        }
        return Application.<Application>list("openCallId = ?1 and status = ?2 order by id", oc.id,
                        ApplicationStatus.UNDER_REVIEW).stream()
                .filter(a -> submitted(a).size() >= oc.evaluatorsPerApplication)
                .map(a -> new Awaiting(Organisation.<Organisation>findById(a.organisationId).legalName, view(oc, a)))
                .toList();
    }

    public ApplicationConsensusView record(Long applicationId, List<ScoringPolicy.Entry> entries, String user) {
        Application a = ApplicationAccess.lockedForConsortium(applicationId, user, "records the consensus of");
        OpenCall oc = PanelAccess.forConsortium(a.openCallId, user, false);
        if (oc.panelScoring != PanelScoring.CONSENSUS) {
            throw DomainException.conflict("not_scored_by_consensus", "open call " + oc.id + " ranks the average of "
                    + "the evaluations; there is no consensus to record");
        }
        if (a.status != ApplicationStatus.UNDER_REVIEW) {
            throw DomainException.conflict("application_not_under_review", "application " + a.id + " is " + a.status);
        }
        if (submitted(a).size() < oc.evaluatorsPerApplication) {
            throw DomainException.conflict("evaluations_pending", "the consensus follows the " + oc.evaluatorsPerApplication
                    + " evaluations of the application; not all are submitted");
        }
        List<String> names = PanelScores.names(oc);
        Violations v = new Violations().addAll(ScoringPolicy.checkDraft(entries, new LinkedHashSet<>(names)));
        Map<String, ScoringPolicy.Entry> all = new HashMap<>();
        ApplicationConsensusScore.of(a.id).forEach(s -> all.put(s.key.criterion(), s.value().entry(s.key.criterion())));
        entries.stream().filter(e -> e != null && e.criterion() != null).forEach(e -> all.merge(e.criterion(), e,
                (old, neu) -> new ScoringPolicy.Entry(e.criterion(), neu.score() == null ? old.score() : neu.score(),
                        neu.comment() == null ? old.comment() : neu.comment())));
        v.addAll(ScoringPolicy.checkComplete(all, names, oc.minCommentLength)).throwIfAny("invalid_consensus",
                "the consensus cannot be recorded");
        for (ScoringPolicy.Entry e : entries) {
            ApplicationConsensusScore s = ApplicationConsensusScore.findById(
                    new ApplicationConsensusScore.Key(a.id, e.criterion()));
            if (s == null) {
                s = new ApplicationConsensusScore(a.id, e.criterion());
                s.persist();
            }
            s.value().write(e);
        }
        return view(oc, a);
    }

    private static ApplicationConsensusView view(OpenCall oc, Application a) {
        List<ApplicationAssignment> done = submitted(a);
        Map<String, ScoringPolicy.Entry> agreed = new HashMap<>();
        ApplicationConsensusScore.of(a.id).forEach(s -> agreed.put(s.key.criterion(), s.value().entry(s.key.criterion())));
        List<ApplicationConsensusView.Line> lines = new ArrayList<>();
        for (String c : PanelScores.names(oc)) {
            List<BigDecimal> scores = new ArrayList<>();
            done.forEach(x -> ApplicationScore.<ApplicationScore>findByIdOptional(new ApplicationScore.Key(x.id, c))
                    .ifPresent(s -> scores.add(s.value().score)));
            ScoringPolicy.Entry e = agreed.get(c);
            lines.add(new ApplicationConsensusView.Line(c, Spread.of(scores), e == null ? null : e.score(),
                    e == null ? null : e.comment()));
        }
        return new ApplicationConsensusView(a.id, lines);
    }

    private static List<ApplicationAssignment> submitted(Application a) {
        return ApplicationAssignment.list("applicationId = ?1 and status = ?2", a.id, AssignmentStatus.SUBMITTED);
    }
}
