package io.grantflow.audit.api;

import java.util.List;

/** The result of checking every audit chain: valid when no problem was found. */
public record Verification(boolean valid, long records, long objects, List<Problem> problems) {

    /** Named apart from the API's problem+json schema in the OpenAPI document. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditChainProblem")
    public record Problem(Long record, String object, Integer seq, String problem) {
    }
}
