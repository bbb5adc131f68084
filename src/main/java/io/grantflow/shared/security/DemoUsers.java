package io.grantflow.shared.security;

import java.util.Map;
import java.util.Optional;

/** The demo users (password = user name), usable only in demo mode. Listed in README.md. */
public final class DemoUsers {

    private static final Map<String, String> ROLE_BY_USER = Map.ofEntries(
            Map.entry("officer", Roles.OFFICER),
            Map.entry("officer2", Roles.OFFICER),
            Map.entry("evaluator1", Roles.EVALUATOR),
            Map.entry("evaluator2", Roles.EVALUATOR),
            Map.entry("evaluator3", Roles.EVALUATOR),
            Map.entry("evaluator4", Roles.EVALUATOR),
            Map.entry("coordinator", Roles.APPLICANT),
            Map.entry("partner", Roles.APPLICANT),
            Map.entry("sme1", Roles.SME),
            Map.entry("sme2", Roles.SME),
            Map.entry("host", Roles.APPLICANT));

    private DemoUsers() {
    }

    /** The demo users' names, for the demo-mode warning. */
    public static java.util.List<String> names() {
        return ROLE_BY_USER.keySet().stream().sorted().toList();
    }

    /** The role of a demo user whose password matches, if any. */
    public static Optional<String> authenticate(String user, char[] password) {
        String role = ROLE_BY_USER.get(user);
        if (role == null || !java.security.MessageDigest.isEqual(user.getBytes(),
                new String(password).getBytes())) {
            return Optional.empty();
        }
        return Optional.of(role);
    }
}
