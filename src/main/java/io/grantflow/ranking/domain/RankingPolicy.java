package io.grantflow.ranking.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking rules, pure: the weighted total of the consensus scores; proposals below a criterion
 * threshold or the overall threshold are rejected with every reason; the rest ordered by total, ties
 * broken by the tie-break criteria in order and finally by the proposals' creation order (proposal id); then the
 * budget line: in rank order, proposals are funded (or, at stage 1, invited) while the running total of
 * their requested amounts stays within the limit; from the first that does not fit on, the rest form the
 * reserve list (or are not invited).
 */
public final class RankingPolicy {

    private RankingPolicy() {
    }

    public record CriterionRule(String name, BigDecimal weight, BigDecimal threshold) {
    }

    /**
     * @param overallThreshold null where none applies (stage 1)
     * @param invitation       true at stage 1 of a two-stage call: the line invites instead of funding
     */
    public record Rules(List<CriterionRule> criteria, BigDecimal overallThreshold, List<String> tieBreak,
                        Money limit, boolean invitation) {
    }

    /**
     * What is ranked: a proposal, or an SME's application to an evaluated open call ({@code id} orders ties last;
     * {@code acronym} names it in the tie-break explanations).
     */
    public record Candidate(Long id, String acronym, Money requested, Map<String, BigDecimal> scores) {
    }

    /** One proposal's place; {@code position} and {@code runningTotal} are null for rejected proposals. */
    public record Placement(Candidate candidate, Integer position, RankingOutcome outcome, BigDecimal total,
                            Money runningTotal, String tieBreak, List<String> reasons) {
    }

    public static List<Placement> rank(List<Candidate> candidates, Rules rules) {
        List<Scored> passed = new ArrayList<>();
        List<Scored> rejected = new ArrayList<>();
        for (Candidate c : candidates) {
            BigDecimal total = BigDecimal.ZERO;
            List<String> reasons = new ArrayList<>();
            for (CriterionRule rule : rules.criteria()) {
                BigDecimal score = c.scores().get(rule.name());
                if (score == null) {
                    reasons.add(rule.name() + " has no consensus score");
                    continue;
                }
                total = total.add(rule.weight().multiply(score));
                if (score.compareTo(rule.threshold()) < 0) {
                    reasons.add(rule.name() + " " + shown(score) + " is below its threshold "
                            + shown(rule.threshold()));
                }
            }
            // consensus scores are half points (3 decimals with weights); averages of an open call's evaluators 2 decimals (4)
            total = total.setScale(Math.max(3, total.scale()), java.math.RoundingMode.UNNECESSARY);
            if (rules.overallThreshold() != null && total.compareTo(rules.overallThreshold()) < 0) {
                reasons.add("total " + total.stripTrailingZeros().toPlainString() + " is below the overall threshold "
                        + rules.overallThreshold().stripTrailingZeros().toPlainString());
            }
            (reasons.isEmpty() ? passed : rejected).add(new Scored(c, total, reasons));
        }
        Comparator<Scored> order = Comparator.comparing(Scored::total).reversed();
        for (String criterion : rules.tieBreak()) {
            order = order.thenComparing(s -> s.score(criterion), Comparator.reverseOrder());
        }
        order = order.thenComparing(s -> s.candidate().id());
        passed.sort(order);
        rejected.sort(Comparator.comparing(Scored::total).reversed().thenComparing(s -> s.candidate().id()));

        List<Placement> placements = new ArrayList<>(candidates.size());
        Money running = Money.ZERO;
        boolean lineReached = false;
        for (int i = 0; i < passed.size(); i++) {
            Scored s = passed.get(i);
            running = running.plus(s.candidate().requested());
            if (!lineReached && running.greaterThan(rules.limit())) {
                lineReached = true;
            }
            RankingOutcome outcome = rules.invitation()
                    ? (lineReached ? RankingOutcome.NOT_INVITED : RankingOutcome.INVITED_TO_STAGE_2)
                    : (lineReached ? RankingOutcome.RESERVE_LIST : RankingOutcome.MAIN_LIST);
            placements.add(new Placement(s.candidate(), i + 1, outcome, s.total(), running,
                    tieBreak(passed, i, rules.tieBreak()), List.of()));
        }
        for (Scored s : rejected) {
            placements.add(new Placement(s.candidate(), null, RankingOutcome.REJECTED, s.total(), null, null,
                    List.copyOf(s.reasons())));
        }
        return placements;
    }

    /** Why a proposal stands where it does among proposals with the same total; null when it ties with none. */
    private static String tieBreak(List<Scored> ranked, int i, List<String> tieBreak) {
        Scored s = ranked.get(i);
        List<String> parts = new ArrayList<>();
        if (i > 0 && ranked.get(i - 1).total().compareTo(s.total()) == 0) {
            parts.add("after " + ranked.get(i - 1).candidate().acronym() + " (#" + i + "): "
                    + decider(ranked.get(i - 1), s, tieBreak));
        }
        if (i + 1 < ranked.size() && ranked.get(i + 1).total().compareTo(s.total()) == 0) {
            parts.add("before " + ranked.get(i + 1).candidate().acronym() + " (#" + (i + 2) + "): "
                    + decider(s, ranked.get(i + 1), tieBreak));
        }
        return parts.isEmpty() ? null : "tied on total " + s.total().stripTrailingZeros().toPlainString() + "; "
                + String.join("; ", parts);
    }

    private static String decider(Scored higher, Scored lower, List<String> tieBreak) {
        for (String criterion : tieBreak) {
            int cmp = higher.score(criterion).compareTo(lower.score(criterion));
            if (cmp != 0) {
                return criterion + " " + shown(higher.score(criterion)) + " > " + shown(lower.score(criterion));
            }
        }
        return "equal on every tie-break criterion; creation order of the proposals (lower id first)";
    }

    /** A score as the reasons show it: at least one decimal (3.0, 3.5), two for an average that needs them (3.25). */
    static String shown(BigDecimal score) {
        BigDecimal plain = score.stripTrailingZeros();
        return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString();
    }

    private record Scored(Candidate candidate, BigDecimal total, List<String> reasons) {
        BigDecimal score(String criterion) {
            BigDecimal s = candidate.scores().get(criterion);
            return s == null ? BigDecimal.ZERO : s;
        }
    }
}
