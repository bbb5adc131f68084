package io.grantflow.shared.security;

import io.grantflow.shared.db.DemoMode;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the demo users may sign in (HTTP Basic on the API, the sign-in form on the pages): in demo
 * mode ({@link DemoMode}, decided by the database actually in use), and nowhere else. The one exception
 * is a test that asks for them ({@code grantflow.test.demo-users=true}): tests run on a throw-away
 * database that is not the demo's, and the property is read only while Quarkus runs tests, so no
 * configuration of a packaged service can switch the demo users on.
 */
@ApplicationScoped
public class DemoLogins {

    @Inject
    DemoMode demoMode;

    @ConfigProperty(name = "grantflow.test.demo-users", defaultValue = "false")
    boolean inTests;

    public boolean accepted() {
        return demoMode.active() || (inTests && LaunchMode.current() == LaunchMode.TEST);
    }
}
