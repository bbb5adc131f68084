package io.grantflow.cascade.domain;

import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an evaluated open call's applications are evaluated by its panel (the {@code evaluation} of
 * {@link OpenCallDefinition}): the award {@code criteria} (scored 0–5 in half points, weighted, each with a threshold;
 * ties broken by the criteria in order), the {@code overallThreshold} on the weighted total,
 * {@code evaluatorsPerApplication} of the open call's pool, how the scores are combined ({@code scoring}) and the
 * shortest comment per criterion ({@code minCommentLength}, left out: 10).
 */
public record OpenCallEvaluationTerms(List<CriterionDefinition> criteria, BigDecimal overallThreshold,
                                      Integer evaluatorsPerApplication, PanelScoring scoring, Integer minCommentLength) {

    /** Evaluators per application: from 1 to 5. */
    public static final int MIN_EVALUATORS = 1;
    public static final int MAX_EVALUATORS = 5;
    /** The longest shortest-comment an open call may ask for. */
    public static final int MAX_MIN_COMMENT_LENGTH = 2000;
}
