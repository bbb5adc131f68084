package io.grantflow.workflow;

/** Names of process variables, as the BPMN files use them. */
public final class ProcessVariables {

    /** The call's topic identifier (also the business key of its call-lifecycle instance). */
    public static final String CALL_IDENTIFIER = "callIdentifier";
    /** How many deadlines (stages or cut-offs) the call has. */
    public static final String DEADLINE_COUNT = "deadlineCount";
    /** When the call opens (a date; the first timer waits for it). */
    public static final String OPENS_AT = "opensAt";
    /** The deadline the current iteration waits for (a local date variable of the iteration). */
    public static final String DEADLINE_AT = "deadlineAt";
    /** Camunda's index of the current multi-instance iteration: the deadline being waited for. */
    public static final String LOOP_COUNTER = "loopCounter";

    private ProcessVariables() {
    }
}
