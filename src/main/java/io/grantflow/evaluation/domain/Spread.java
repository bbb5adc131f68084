package io.grantflow.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How far the experts' scores for one criterion lie apart; 2 points or more is flagged for the consensus. */
public record Spread(BigDecimal min, BigDecimal max, BigDecimal spread, BigDecimal average, boolean divergent) {

    public static final BigDecimal DIVERGENCE = new BigDecimal("2.0");

    public static Spread of(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return new Spread(null, null, null, null, false);
        }
        BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow().setScale(1);
        BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow().setScale(1);
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spread = max.subtract(min);
        return new Spread(min, max, spread, sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_EVEN),
                spread.compareTo(DIVERGENCE) >= 0);
    }
}
