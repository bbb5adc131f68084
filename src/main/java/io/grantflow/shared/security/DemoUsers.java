package io.grantflow.shared.security;

import java.nio.charset.StandardCharsets;
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

    /** The demo users who read in another language than English (the demo mailbox shows their mails in it). */
    private static final Map<String, String> LANGUAGE_BY_USER = Map.of("sme2", "fr", "partner", "de", "evaluator2", "fr");

    /** Where the demo users' mail goes: the embedded SMTP server of demo mode takes every address. */
    public static final String EMAIL_DOMAIN = "demo.grantflow.example";

    private DemoUsers() {
    }

    /** A demo user's e-mail address ({@code sme1@demo.grantflow.example}). */
    public static String email(String normalisedName) {
        return normalisedName + "@" + EMAIL_DOMAIN;
    }

    /** A demo user's language: English unless {@link #LANGUAGE_BY_USER} says otherwise. */
    public static String language(String normalisedName) {
        return LANGUAGE_BY_USER.getOrDefault(normalisedName, "en");
    }

    /** The demo users' names, for the demo-mode warning. */
    public static java.util.List<String> names() {
        return ROLE_BY_USER.keySet().stream().sorted().toList();
    }

    /** The role of a demo user by normalised name, if it is one (for a session that was signed in with the password). */
    public static Optional<String> role(String normalisedName) {
        return Optional.ofNullable(ROLE_BY_USER.get(normalisedName));
    }

    /** The demo users and their roles, by name, for the sign-in page of demo mode. */
    public static java.util.SortedMap<String, String> roles() {
        return new java.util.TreeMap<>(ROLE_BY_USER);
    }

    /**
     * The role of a demo user whose password matches, if any. The user name is normalised
     * ({@link UserNames}), so {@code OFFICER} and {@code officer } log in as {@code officer}; the
     * password is the normalised name.
     */
    public static Optional<String> authenticate(String user, char[] password) {
        Optional<String> name = UserNames.normalise(user);
        String role = name.map(ROLE_BY_USER::get).orElse(null);
        if (role == null || !java.security.MessageDigest.isEqual(name.get().getBytes(StandardCharsets.UTF_8),
                new String(password).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(role);
    }
}
