package io.grantflow.calls.domain;

/** How many experts evaluate one proposal: a call's default and an assignment run's override alike. */
public final class ExpertsPerProposal {

    public static final int MIN = 1;
    public static final int MAX = 10;

    private ExpertsPerProposal() {
    }

    public static boolean inRange(int experts) {
        return experts >= MIN && experts <= MAX;
    }

    /** "from 1 to 10", as the violations say it. */
    public static String range() {
        return "from " + MIN + " to " + MAX;
    }
}
