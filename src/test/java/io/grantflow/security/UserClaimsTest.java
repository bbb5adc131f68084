package io.grantflow.security;

import io.grantflow.shared.security.DemoUsers;
import io.grantflow.shared.security.UserNames;
import io.grantflow.users.domain.UserClaims;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The normalisation of user names and the checks of a token's claims, as plain rules. */
class UserClaimsTest {

    private static final Duration MAX = Duration.ofHours(12);

    private static Map<String, Object> claims() {
        Map<String, Object> c = new HashMap<>();
        c.put("iss", "https://idp");
        c.put("upn", "Alice");
        c.put("groups", List.of("officer"));
        c.put("iat", 1_000_000L);
        c.put("exp", 1_000_000L + 1800);
        return c;
    }

    @Test
    void namesAreTrimmedLowerCasedAndNfcNormalised() {
        assertThat(UserNames.normalise(" ALICE\t")).contains("alice");
        assertThat(UserNames.normalise("Jose\u0301")).contains("jos\u00e9");
        assertThat(UserNames.normalise("\u2003Bob\u2003")).contains("bob");
        assertThat(UserNames.normalise("   ")).isEmpty();
        assertThat(UserNames.normalise(null)).isEmpty();
        assertThat(UserNames.normalise("a".repeat(UserNames.MAX_LENGTH + 1))).isEmpty();
        assertThat(UserNames.normalise("a".repeat(UserNames.MAX_LENGTH))).isPresent();
    }

    @Test
    void demoUsersLogInWhateverTheCaseWithTheNormalisedNameAsPassword() {
        assertThat(DemoUsers.authenticate("OFFICER", "officer".toCharArray())).contains("officer");
        assertThat(DemoUsers.authenticate(" officer ", "officer".toCharArray())).contains("officer");
        assertThat(DemoUsers.authenticate("OFFICER", "OFFICER".toCharArray())).isEmpty();
        assertThat(DemoUsers.authenticate("", "".toCharArray())).isEmpty();
        // a demo user has a demo address (the embedded SMTP server of demo mode takes it) and a language
        assertThat(UserClaims.demo("Officer ")).isEqualTo(new UserClaims(UserClaims.DEMO_ISSUER, "officer", "officer",
                new UserClaims.Profile("officer", "officer@demo.grantflow.example", "en")));
        assertThat(UserClaims.demo("sme2").profile().language()).isEqualTo("fr");
    }

    @Test
    void withoutSubTheNormalisedNameIsTheSubject() {
        UserClaims c = UserClaims.fromToken(claims(), MAX);
        assertThat(c.subject()).isEqualTo("alice");
        assertThat(c.name()).isEqualTo("alice");
        assertThat(c.profile().displayName()).isEqualTo("Alice");
        Map<String, Object> withSub = claims();
        withSub.put("sub", "f3a9");
        withSub.put("locale", "fr_BE");
        assertThat(UserClaims.fromToken(withSub, MAX).subject()).isEqualTo("f3a9");
        assertThat(UserClaims.fromToken(withSub, MAX).profile().language()).isEqualTo("fr-BE");
    }

    @Test
    void claimsOfTheWrongTypeAreRefused() {
        List<Map.Entry<String, Object>> wrongTypes = List.of(Map.entry("upn", 42), Map.entry("groups", Map.of("a", 1)),
                Map.entry("groups", List.of(1)), Map.entry("sub", List.of("x")), Map.entry("name", true),
                Map.entry("email", 7), Map.entry("locale", List.of()), Map.entry("iss", 3), Map.entry("iat", "now"));
        for (Map.Entry<String, Object> wrong : wrongTypes) {
            Map<String, Object> c = claims();
            c.put(wrong.getKey(), wrong.getValue());
            assertThatThrownBy(() -> UserClaims.fromToken(c, MAX)).as(wrong.toString())
                    .isInstanceOf(UserClaims.Refused.class);
        }
        Map<String, Object> nullName = claims();
        nullName.put("upn", null);
        assertThatThrownBy(() -> UserClaims.fromToken(nullName, MAX)).isInstanceOf(UserClaims.Refused.class);
    }

    @Test
    void lifetimeAboveTheMaximumOrUnknownIsRefused() {
        Map<String, Object> c = claims();
        c.put("exp", 1_000_000L + MAX.toSeconds());
        assertThat(Optional.of(UserClaims.fromToken(c, MAX))).isPresent();
        c.put("exp", 1_000_000L + MAX.toSeconds() + 1);
        assertThatThrownBy(() -> UserClaims.fromToken(c, MAX)).isInstanceOf(UserClaims.Refused.class);
        c.remove("exp");
        assertThatThrownBy(() -> UserClaims.fromToken(c, MAX)).isInstanceOf(UserClaims.Refused.class);
        Map<String, Object> noIat = claims();
        noIat.remove("iat");
        assertThatThrownBy(() -> UserClaims.fromToken(noIat, MAX)).isInstanceOf(UserClaims.Refused.class);
    }
}
