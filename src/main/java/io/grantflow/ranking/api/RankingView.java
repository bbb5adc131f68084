package io.grantflow.ranking.api;

import io.grantflow.ranking.domain.RankingOutcome;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ranking and its explanation: the rules it applied, where the budget (or invitation) line falls,
 * and per position the scores, the weighted total, the tie-break applied, the running total of
 * requested amounts and, for rejected proposals, every reason.
 */
public record RankingView(String call, int cutoff, int stage, String mode, Money budget, BigDecimal invitationMultiple,
                          Money limit, List<CriterionRule> criteria, BigDecimal overallThreshold, List<String> tieBreak,
                          Line line, Map<RankingOutcome, Long> counts, Instant computedAt, String computedBy,
                          Instant awardedAt, String awardedBy, Page<Entry> entries) {

    public record CriterionRule(String name, BigDecimal weight, BigDecimal threshold) {
    }

    /**
     * The line: the last position inside it, the requested total inside it, what remains of the
     * limit, and the first position beyond it (null when every passing proposal fits).
     */
    public record Line(Integer lastPositionInside, Money totalInside, Money remaining, Integer firstPositionBeyond) {
    }

    public record Entry(Integer position, Long proposalId, String acronym, RankingOutcome outcome, BigDecimal total,
                        Map<String, BigDecimal> scores, Money requested, Money runningTotal, String tieBreak,
                        List<String> reasons) {
    }
}
