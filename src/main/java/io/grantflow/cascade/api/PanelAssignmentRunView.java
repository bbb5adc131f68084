package io.grantflow.cascade.api;

import java.util.List;

/**
 * What an assignment run did: the {@code applications} awaiting the decision it looked at, the assignments it
 * made ({@code assigned}), and the applications the pool could not give all their evaluators ({@code shortfalls}).
 */
public record PanelAssignmentRunView(int applications, int assigned, List<Shortfall> shortfalls) {

    public record Shortfall(Long application, int evaluators, int required) {
    }
}
