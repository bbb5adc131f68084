package io.grantflow.shared.security;

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
 * The demo users' user name and password, from HTTP Basic on the API or the sign-in form on the pages,
 * and only in demo mode ({@link DemoLogins}): with a configured database every such login fails
 * authentication (401, or the sign-in page's error), whatever it sends. Production uses bearer tokens
 * on the API and the identity provider's sign-in on the pages. A login from the sign-in form must also
 * carry the form's CSRF token ({@link SignInFormCsrf}).
 */
@ApplicationScoped
public class DemoIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    DemoLogins demoLogins;

    @Inject
    SignInFormCsrf csrf;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!demoLogins.accepted()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("demo users are off"));
        }
        if (!csrf.passes(request)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("sign-in form without its CSRF token"));
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
