package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.PanelScoring;
import io.grantflow.ranking.domain.RankingOutcome;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An evaluated open call's ranking of the applications awaiting the decision: the budget line is what remains of
 * the open call's budget ({@code limit}); each fully evaluated application with its score per criterion (the
 * evaluators' average, or the recorded consensus), weighted {@code total}, place and outcome (MAIN_LIST,
 * RESERVE_LIST or REJECTED with every reason); {@code pending} the applications whose evaluation is not complete
 * (the decision waits for them); {@code decided} those the consortium decided on already. With cut-offs, one
 * {@code cutoff} (its index) is ranked at a time against what remains of its budget (null: the open call has none).
 */
public record PanelRankingView(Long openCall, String title, PanelScoring scoring, Money budget, Money limit, Integer cutoff,
                               List<Entry> ranked, List<Pending> pending, List<Decided> decided) {

    public record Entry(Long application, String organisationName, Money amount, Integer position,
                        RankingOutcome outcome, BigDecimal total, Money runningTotal, Map<String, BigDecimal> scores,
                        List<String> reasons, Integer reservePosition) {
    }

    public record Pending(Long application, String organisationName, String reason) {
    }

    public record Decided(Long application, String organisationName, ApplicationStatus status, Money awarded) {
    }
}
