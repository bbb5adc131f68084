package io.grantflow.shared.timeline;

import java.time.Instant;

/** One step of a timeline as the API shows it. */
public record TimelineStep(String step, String detail, String actor, Instant at) {
}
