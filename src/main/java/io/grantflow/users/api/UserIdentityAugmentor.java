package io.grantflow.users.api;

import io.grantflow.shared.security.SecurityConfig;
import io.grantflow.users.application.UserRecords;
import io.grantflow.users.domain.UserClaims;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.base64url.Base64Url;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every authenticated identity into a person: checks the token's claims (types, lifetime,
 * a non-blank name), finds or registers the user record of issuer + subject, and answers an
 * identity whose principal name is the record's handle. Everything that compares or stores
 * {@code identity.getPrincipal().getName()} therefore compares and stores user records.
 * A refused identity fails authentication (401).
 */
@ApplicationScoped
public class UserIdentityAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(UserIdentityAugmentor.class);

    @Inject
    UserRecords users;

    @Inject
    SecurityConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        UserClaims claims;
        try {
            claims = identity.getPrincipal() instanceof JsonWebToken jwt
                    ? UserClaims.fromToken(payload(jwt), config.maxTokenLifetime())
                    : UserClaims.demo(identity.getPrincipal().getName());
        } catch (UserClaims.Refused e) {
            LOG.debugf("Identity refused: %s", e.getMessage());
            return Uni.createFrom().failure(new AuthenticationFailedException(e.getMessage()));
        }
        Optional<UserView> known = users.cached(claims, identity.getRoles());
        if (known.isPresent()) {
            return Uni.createFrom().item(asPerson(identity, known.get()));
        }
        return context.runBlocking(() -> asPerson(identity, users.resolve(claims, identity.getRoles())));
    }

    private static SecurityIdentity asPerson(SecurityIdentity identity, UserView user) {
        return QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new QuarkusPrincipal(user.handle()))
                .addAttribute(UserView.ATTRIBUTE, user)
                .build();
    }

    /** The verified token's claims as JSON values, with their JSON types intact. */
    private static Map<String, Object> payload(JsonWebToken jwt) {
        String raw = jwt.getRawToken();
        String[] parts = raw == null ? new String[0] : raw.split("\\.");
        if (parts.length != 3) {
            throw new UserClaims.Refused("not a signed compact JWT");
        }
        try {
            return JsonUtil.parseJson(new String(Base64Url.decode(parts[1]), StandardCharsets.UTF_8));
        } catch (JoseException | RuntimeException e) {
            throw new UserClaims.Refused("unreadable claims");
        }
    }
}
