package io.grantflow.cascade.api;

import io.grantflow.evaluation.domain.Spread;

import java.math.BigDecimal;
import java.util.List;

/** The consensus of an application's evaluations: per criterion how far the evaluators lay apart, and the agreed score. */
public record ApplicationConsensusView(Long application, List<Line> criteria) {

    public record Line(String criterion, Spread spread, BigDecimal score, String comment) {
    }
}
