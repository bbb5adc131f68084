package io.grantflow.shared.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Bearer tokens, verified by smallrye-jwt's own validator; but a token that the validator cannot
 * read is a failed authentication (401), whatever the validator throws. A signed token whose
 * {@code groups} claim is an object, for example, makes the parser throw a ClassCastException,
 * which would otherwise reach the client as a 500. Runs before the validator (higher priority) and
 * answers for it.
 */
@ApplicationScoped
public class BearerTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(BearerTokenIdentityProvider.class);

    @Inject
    MpJwtValidator validator;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Uni<SecurityIdentity> identity;
        try {
            identity = validator.authenticate(request, context);
        } catch (RuntimeException e) {
            identity = Uni.createFrom().failure(e);
        }
        return identity.onFailure(e -> !(e instanceof AuthenticationFailedException)).transform(e -> {
            LOG.debugf("Unreadable bearer token: %s", e.toString());
            return new AuthenticationFailedException("unreadable token");
        });
    }
}
