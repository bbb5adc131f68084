package io.grantflow.evaluation.api;

import java.util.List;

/** The body of {@code POST /api/experts}. */
public record ExpertRequest(String username, String name, String nationality, Long organisation, List<String> expertise) {
}
