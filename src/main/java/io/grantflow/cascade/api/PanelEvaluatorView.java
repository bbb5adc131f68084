package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.PanelEvaluator;

/**
 * One evaluator of an open call's pool: a consortium {@code MEMBER} or an invited {@code EXPERT} of the programme's
 * pool, with how many applications they evaluate now ({@code assignments}, declared conflicts left out).
 */
public record PanelEvaluatorView(Long id, String username, PanelEvaluator.Kind kind, long assignments) {
}
