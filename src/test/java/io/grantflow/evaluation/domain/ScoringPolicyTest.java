package io.grantflow.evaluation.domain;

import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.text.TextLimits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.grantflow.evaluation.domain.EvaluationFixture.completeScores;
import static io.grantflow.evaluation.domain.EvaluationFixture.entry;
import static io.grantflow.evaluation.domain.EvaluationFixture.weightedCriteria;
import static org.assertj.core.api.Assertions.assertThat;

/** Scores are 0–5 in half points for the call's criteria; submitting needs every criterion scored and commented. */
class ScoringPolicyTest {

    private static final Set<String> CRITERIA = Set.of("Excellence", "Impact", "Implementation");
    private static final List<String> NAMES = List.of("Excellence", "Impact", "Implementation");

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void aDraftMayHoldAnyCriterionInHalfPointsFromZeroToFive() {
        assertThat(ScoringPolicy.checkDraft(List.of(entry("Excellence", "0", null), entry("Impact", "5.0", "x"),
                entry("Implementation", null, "only a comment")), CRITERIA)).isEmpty();
    }

    @Test
    void aDraftReportsEveryBrokenRule() {
        assertThat(codes(ScoringPolicy.checkDraft(List.of(entry("Excellence", "5.5", null), entry("Impact", "-0.5", null),
                entry("Implementation", "3.25", null), entry("Excellence", "3", null), entry("Relevance", "3", null),
                entry(null, "3", null)), CRITERIA))).containsExactly("score_out_of_range", "score_out_of_range",
                "not_a_half_point", "duplicate_criterion", "unknown_criterion", "required");
    }

    @Test
    void aCommentHasAtMostTheCommentLimit() {
        String longest = "x".repeat(TextLimits.COMMENT);
        assertThat(ScoringPolicy.checkDraft(List.of(entry("Impact", null, longest)), CRITERIA)).isEmpty();
        assertThat(codes(ScoringPolicy.checkDraft(List.of(entry("Impact", null, longest + "x")), CRITERIA)))
                .containsExactly("too_long");
    }

    @Test
    void completeScoresAreSubmitted() {
        assertThat(ScoringPolicy.checkComplete(completeScores(), NAMES, 10)).isEmpty();
    }

    @Test
    void everyCriterionNeedsAScoreAndALongEnoughComment() {
        Map<String, ScoringPolicy.Entry> saved = new HashMap<>(completeScores());
        saved.remove("Excellence");
        saved.put("Impact", entry("Impact", null, "Credible pathways to impact."));
        saved.put("Implementation", entry("Implementation", "4", "   short   "));
        assertThat(codes(ScoringPolicy.checkComplete(saved, NAMES, 10))).containsExactly("criterion_not_scored",
                "comment_too_short", "criterion_not_scored", "comment_too_short");
    }

    @Test
    void theWeightedTotalIsExactAtThreeDecimals() {
        // 1.50 × 4.5 + 1.00 × 3.5 + 0.50 × 4.0 = 6.75 + 3.5 + 2.0
        assertThat(ScoringPolicy.weightedTotal(weightedCriteria(), completeScores())).isEqualTo(new BigDecimal("12.250"));
    }

    @Test
    void aSpreadOfTwoPointsIsFlaggedForTheConsensus() {
        Spread spread = Spread.of(List.of(new BigDecimal("2.5"), new BigDecimal("4.5"), new BigDecimal("3")));
        assertThat(spread.min()).isEqualTo(new BigDecimal("2.5"));
        assertThat(spread.max()).isEqualTo(new BigDecimal("4.5"));
        assertThat(spread.average()).isEqualTo(new BigDecimal("3.33"));
        assertThat(spread.divergent()).isTrue();
        assertThat(Spread.of(List.of(new BigDecimal("3"), new BigDecimal("4.5"))).divergent()).isFalse();
        assertThat(Spread.of(List.of()).divergent()).isFalse();
    }

    @Test
    void aDraftEntryKeepsWhatItLeavesOut() {
        CriterionScore s = new CriterionScore();
        s.write(entry("Impact", "3.5", "first comment"));
        s.write(entry("Impact", null, "second comment"));
        s.write(entry("Impact", "4", null));
        assertThat(s.entry("Impact")).isEqualTo(entry("Impact", "4", "second comment"));
    }
}
