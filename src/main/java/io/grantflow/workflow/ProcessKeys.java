package io.grantflow.workflow;

import java.util.List;

/** The executable processes, each deployed from {@code bpmn/<key>.bpmn}. */
public final class ProcessKeys {

    public static final String CALL_LIFECYCLE = "call-lifecycle";
    public static final String PROPOSAL_LIFECYCLE = "proposal-lifecycle";
    public static final String PAYMENT_APPROVAL = "payment-approval";
    public static final String PROPOSAL_EVALUATION = "proposal-evaluation";
    public static final String FSTP_LUMP_SUM = "fstp-lump-sum";
    public static final String GRANT_LIFECYCLE = "grant-lifecycle";

    /** Every process in {@code bpmn/}; a test fails when a file there is missing from this list. */
    public static final List<String> ALL = List.of(CALL_LIFECYCLE, PROPOSAL_LIFECYCLE, PROPOSAL_EVALUATION, PAYMENT_APPROVAL, FSTP_LUMP_SUM,
            GRANT_LIFECYCLE);

    private ProcessKeys() {
    }

    public static String resource(String key) {
        return "bpmn/" + key + ".bpmn";
    }
}
