package io.grantflow.shared.security;

import io.grantflow.shared.db.DemoMode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * HTTP Basic for the demo users, and only in demo mode: with a configured database every Basic
 * request fails authentication (401), whatever it sends. Production uses bearer tokens only.
 */
@ApplicationScoped
public class DemoIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    DemoMode demoMode;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!demoMode.active()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Basic authentication is off"));
        }
        String user = request.getUsername();
        return DemoUsers.authenticate(user, request.getPassword().getPassword())
                .<Uni<SecurityIdentity>>map(role -> Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(UserNames.normalise(user).orElseThrow()))
                        .addRole(role)
                        .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("unknown demo user")));
    }
}
