package io.grantflow.shared.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A demo user's session on the pages: the sign-in form's encrypted session cookie names the person
 * who signed in, and each request with it asks this provider again for their role. Only in demo mode
 * ({@link DemoLogins}); a cookie of a name that is not a demo user, or any cookie outside demo mode,
 * is no session (the person is asked to sign in again).
 */
@ApplicationScoped
public class DemoSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    DemoLogins demoLogins;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!demoLogins.accepted()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("demo users are off"));
        }
        // The cookie names the person as the identity had it after sign-in: the user record's handle, which is
        // the demo name, or the demo name + "#…" when a person of another issuer already held that name
        // (users.UserRecords). The cookie is encrypted by this service and only a demo login writes it.
        String principal = request.getPrincipal();
        String login = principal == null || principal.indexOf('#') < 0 ? principal
                : principal.substring(0, principal.indexOf('#'));
        return UserNames.normalise(login)
                .flatMap(name -> DemoUsers.role(name).map(role -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(name))
                        .addRole(role)
                        .build()))
                .map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("not a demo user")));
    }
}
