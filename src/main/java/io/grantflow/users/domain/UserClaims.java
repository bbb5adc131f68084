package io.grantflow.users.domain;

import io.grantflow.shared.security.UserNames;

import java.time.Duration;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who a request says it is, checked: the key of the person (issuer + subject), their normalised user
 * name and their profile. Built from a verified token's claims, where every claim read must have its
 * JSON type (a name claim that is a number or a groups claim that is an object is refused, not
 * guessed at) and the token may not live longer than the configured maximum; or from a demo login.
 */
public record UserClaims(String issuer, String subject, String name, Profile profile) {

    /** The issuer of the demo users (HTTP Basic in demo mode); not a URL any identity provider uses. */
    public static final String DEMO_ISSUER = "urn:grantflow:demo";
    public static final int MAX_ISSUER_LENGTH = 500;
    public static final int MAX_SUBJECT_LENGTH = 255;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_LANGUAGE_LENGTH = 35;

    /** Display name, e-mail and language (a BCP 47 tag) as the identity provider tells them; each may be null. */
    public record Profile(String displayName, String email, String language) {
    }

    /** The identity cannot be accepted; the message says why (for the log, not for the client). */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** A demo user who logged in with HTTP Basic: a demo address ({@link io.grantflow.shared.security.DemoUsers#email}) and language. */
    public static UserClaims demo(String userName) {
        String name = UserNames.normalise(userName).orElseThrow(() -> new Refused("blank or over-long user name"));
        return new UserClaims(DEMO_ISSUER, name, name, new Profile(name,
                io.grantflow.shared.security.DemoUsers.email(name), io.grantflow.shared.security.DemoUsers.language(name)));
    }

    /**
     * From the claims of a token whose signature, issuer, audience and expiry are verified, as parsed
     * JSON values (String, Number, Boolean, List, Map).
     */
    public static UserClaims fromToken(Map<String, Object> claims, Duration maxLifetime) {
        String issuer = string(claims, "iss");
        if (issuer == null || issuer.isBlank() || issuer.length() > MAX_ISSUER_LENGTH) {
            throw new Refused("token without a usable issuer");
        }
        checkLifetime(claims, maxLifetime);
        checkGroups(claims);
        String sub = string(claims, "sub");
        if (sub != null && (sub.isBlank() || sub.length() > MAX_SUBJECT_LENGTH)) {
            throw new Refused("blank or over-long subject");
        }
        String upn = string(claims, "upn");
        String preferred = string(claims, "preferred_username");
        String raw = upn != null ? upn : preferred != null ? preferred : sub;
        String name = UserNames.normalise(raw).orElseThrow(() -> new Refused("blank or over-long user name"));
        String displayName = string(claims, "name");
        String email = string(claims, "email");
        String locale = string(claims, "locale");
        Profile profile = new Profile(
                cut(displayName == null || displayName.isBlank() ? raw.strip() : displayName.strip(), MAX_DISPLAY_NAME_LENGTH),
                email == null || email.isBlank() || email.strip().length() > MAX_EMAIL_LENGTH ? null : email.strip(),
                language(locale));
        return new UserClaims(issuer, sub != null ? sub : name, name, profile);
    }

    /** A string claim, null if absent; refused if present with another JSON type. */
    private static String string(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        if (value == null && !claims.containsKey(claim)) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw new Refused("claim " + claim + " is not a string");
    }

    private static void checkGroups(Map<String, Object> claims) {
        if (!claims.containsKey("groups")) {
            return;
        }
        if (!(claims.get("groups") instanceof List<?> groups) || !groups.stream().allMatch(g -> g instanceof String)) {
            throw new Refused("claim groups is not an array of strings");
        }
    }

    private static void checkLifetime(Map<String, Object> claims, Duration maxLifetime) {
        if (!(claims.get("iat") instanceof Number iat) || !(claims.get("exp") instanceof Number exp)) {
            throw new Refused("token without numeric iat and exp");
        }
        // NumericDate seconds, possibly with a fraction: compared exactly, never as binary floating point
        java.math.BigDecimal lifetime;
        try {
            lifetime = new java.math.BigDecimal(exp.toString()).subtract(new java.math.BigDecimal(iat.toString()));
        } catch (NumberFormatException e) {
            throw new Refused("iat or exp is not a finite number");
        }
        if (lifetime.compareTo(java.math.BigDecimal.valueOf(maxLifetime.toSeconds())) > 0) {
            throw new Refused("token lives " + lifetime.toBigInteger() + " s, more than the maximum " + maxLifetime);
        }
    }

    private static String language(String locale) {
        if (locale == null || locale.isBlank() || locale.length() > MAX_LANGUAGE_LENGTH) {
            return null;
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(locale.strip().replace('_', '-')).build().toLanguageTag();
            return tag.isEmpty() || tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
