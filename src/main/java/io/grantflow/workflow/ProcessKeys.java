package io.grantflow.workflow;

import java.util.List;

/** The executable processes, each deployed from {@code bpmn/<key>.bpmn}. */
public final class ProcessKeys {

    public static final String CALL_LIFECYCLE = "call-lifecycle";
    public static final String PROPOSAL_LIFECYCLE = "proposal-lifecycle";
    public static final String PAYMENT_APPROVAL = "payment-approval";
    public static final String PROPOSAL_EVALUATION = "proposal-evaluation";

    /** Every process in {@code bpmn/}; a test fails when a file there is missing from this list. */
    public static final List<String> ALL = List.of(CALL_LIFECYCLE, PROPOSAL_LIFECYCLE, PROPOSAL_EVALUATION, PAYMENT_APPROVAL);

    private ProcessKeys() {
    }

    public static String resource(String key) {
        return "bpmn/" + key + ".bpmn";
    }
}
