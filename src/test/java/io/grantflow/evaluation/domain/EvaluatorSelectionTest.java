package io.grantflow.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who evaluates, for proposals and applications alike: no automatic conflict, nobody twice, the lightest load first. */
class EvaluatorSelectionTest {

    private static EvaluatorSelection.Candidate<String> c(long id, Set<Long> organisations, int matching, int load) {
        return new EvaluatorSelection.Candidate<>("e" + id, id, organisations, matching, load);
    }

    @Test
    void neverAnEvaluatorOfTheEvaluatedSideNorOneExcluded() {
        List<String> chosen = EvaluatorSelection.choose(List.of(c(1, Set.of(10L, 11L), 0, 0), c(2, Set.of(), 0, 0),
                c(3, Set.of(12L), 0, 0), c(4, Set.of(), 0, 0)), Set.of(11L), Set.of(4L), 5);
        assertThat(chosen).containsExactly("e2", "e3");
    }

    @Test
    void theBestMatchThenTheLightestLoadThenTheLowestId() {
        List<String> chosen = EvaluatorSelection.choose(List.of(c(1, Set.of(), 0, 2), c(2, Set.of(), 0, 1),
                c(3, Set.of(), 1, 5), c(4, Set.of(), 0, 1)), Set.of(), Set.of(), 3);
        assertThat(chosen).containsExactly("e3", "e2", "e4");
    }

    @Test
    void asManyAsNeededAndNoneWhenNoneIsNeeded() {
        List<EvaluatorSelection.Candidate<String>> pool = List.of(c(1, Set.of(), 0, 0), c(2, Set.of(), 0, 0));
        assertThat(EvaluatorSelection.choose(pool, Set.of(), Set.of(), 1)).containsExactly("e1");
        assertThat(EvaluatorSelection.choose(pool, Set.of(), Set.of(), 0)).isEmpty();
    }
}
