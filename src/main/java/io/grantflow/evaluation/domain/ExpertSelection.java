package io.grantflow.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which experts of the pool evaluate a proposal: never one from an organisation of the consortium
 * (an automatic conflict of interest), nor one already assigned or who declared a conflict for it;
 * among the others the best matching expertise first, then the lightest load, then the lowest id
 * ({@link EvaluatorSelection}, which an open call's evaluations share).
 */
public final class ExpertSelection {

    private ExpertSelection() {
    }

    public record Candidate(Expert expert, int load) {
    }

    public static List<Expert> choose(List<Candidate> pool, Set<Long> consortiumOrganisations, Set<String> proposalTags,
                                      Set<Long> excludedExperts, int needed) {
        return EvaluatorSelection.choose(pool.stream().map(c -> new EvaluatorSelection.Candidate<>(c.expert(), c.expert().id,
                        c.expert().organisationId == null ? Set.of() : Set.of(c.expert().organisationId),
                        matching(c.expert(), proposalTags), c.load())).toList(),
                consortiumOrganisations, excludedExperts, needed);
    }

    static int matching(Expert e, Set<String> tags) {
        int n = 0;
        for (String t : e.expertise) {
            if (tags.contains(t)) {
                n++;
            }
        }
        return n;
    }

    /** Load per expert id, for candidates. */
    public static List<Candidate> candidates(List<Expert> pool, Map<Long, Integer> load) {
        return pool.stream().map(e -> new Candidate(e, load.getOrDefault(e.id, 0))).toList();
    }
}
