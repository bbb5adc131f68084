package io.grantflow.evaluation.api;

import io.grantflow.evaluation.domain.Expert;

import java.util.Arrays;
import java.util.List;

public record ExpertView(Long id, String username, String name, String nationality, Long organisation,
                         List<String> expertise) {

    public static ExpertView of(Expert e) {
        return new ExpertView(e.id, e.username, e.name, e.nationality, e.organisationId, Arrays.asList(e.expertise));
    }
}
