package io.grantflow.users.application;

import io.grantflow.cascade.application.CascadeWaiting;
import io.grantflow.evaluation.application.EvaluationWaiting;
import io.grantflow.grants.application.GrantWaiting;
import io.grantflow.payments.application.PaymentWaiting;
import io.grantflow.users.api.WaitingView;
import io.grantflow.users.api.WaitingView.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What is waiting for a person, across features, for {@code GET /api/me}: each count comes from the
 * feature's own read model ({@code *Waiting}), which applies the rules of the act it counts, so it is
 * right for any user. Only tasks with something waiting are listed; each lists links to at most
 * {@link #MAX_LINKS} of its items (the count is complete).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Waiting {

    public static final int MAX_LINKS = 20;

    @Inject
    EvaluationWaiting evaluation;

    @Inject
    PaymentWaiting payments;

    @Inject
    CascadeWaiting cascade;

    @Inject
    GrantWaiting grants;

    public WaitingView of(String user, boolean officer) {
        List<Task> tasks = new ArrayList<>();
        add(tasks, "ASSIGNMENTS_TO_SCORE", "declare conflicts of interest and score (POST …/conflict-declaration, "
                + "PUT …/scores, POST …/submit)", evaluation.assignmentsToScore(user), id -> "/api/evaluator/assignments/" + id);
        if (officer) {
            add(tasks, "CONSENSUS_TO_AGREE", "save and agree the consensus (PUT, then POST …/submit)",
                    evaluation.consensusToAgree(), id -> "/api/proposals/" + id + "/consensus");
        }
        add(tasks, "ORDERS_TO_APPROVE", "approve or reject as the second person (POST …/approve or …/reject)",
                payments.ordersToApprove(user, officer), id -> "/api/payments/" + id);
        add(tasks, "GRANTS_TO_SIGN", "sign or decline the offer (POST …/sign or …/decline)", grants.offersToSign(user),
                id -> "/api/grants/" + id);
        add(tasks, "APPLICATIONS_TO_DECIDE", "decide as the consortium (POST …/decision)",
                cascade.applicationsToDecide(user), id -> "/api/applications/" + id);
        add(tasks, "RANKINGS_TO_DECIDE", "decide by the panel's ranking of the open call (POST …/ranking/decision)",
                cascade.rankingsToDecide(user), id -> "/api/open-calls/" + id + "/ranking");
        add(tasks, "REPORTS_TO_VERIFY", "verify the SME's report (POST …/verification)", cascade.reportsToVerify(user),
                id -> "/api/applications/" + id);
        add(tasks, "VISITS_TO_CONFIRM", "confirm the ClusterXchange visit as its host (POST …/host-confirmation)",
                cascade.visitsToConfirm(user), id -> "/api/applications/" + id);
        add(tasks, "REPORTS_TO_SEND", "send the report with proof (POST …/report)", cascade.reportsToSend(user),
                id -> "/api/applications/" + id);
        return new WaitingView(tasks.stream().mapToInt(Task::count).sum(), tasks);
    }

    private static void add(List<Task> tasks, String task, String description, List<Long> ids,
                            Function<Long, String> link) {
        if (!ids.isEmpty()) {
            tasks.add(new Task(task, description, ids.size(), ids.stream().limit(MAX_LINKS).map(link).toList()));
        }
    }
}
