package io.grantflow.evaluation.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which evaluators of a pool evaluate something (a proposal, an SME's application): never one who belongs to an
 * organisation on the evaluated side (an automatic conflict of interest), nor one already assigned or who declared a
 * conflict for it; among the others the best matching expertise first, then the lightest load, then the lowest id.
 */
public final class EvaluatorSelection {

    private EvaluatorSelection() {
    }

    /**
     * One evaluator of the pool: {@code organisations} they belong to, how well their expertise matches
     * ({@code matching}, 0 where none is compared) and how many evaluations they already hold ({@code load}).
     */
    public record Candidate<T>(T evaluator, Long id, Collection<Long> organisations, int matching, int load) {
    }

    public static <T> List<T> choose(List<Candidate<T>> pool, Set<Long> conflictingOrganisations, Set<Long> excluded,
                                     int needed) {
        return pool.stream()
                .filter(c -> c.organisations().stream().noneMatch(conflictingOrganisations::contains))
                .filter(c -> !excluded.contains(c.id()))
                .sorted(Comparator.comparingInt((Candidate<T> c) -> -c.matching())
                        .thenComparingInt(Candidate::load)
                        .thenComparing(Candidate::id))
                .limit(Math.max(needed, 0))
                .map(Candidate::evaluator)
                .toList();
    }
}
