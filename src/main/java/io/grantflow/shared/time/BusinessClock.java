package io.grantflow.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The clock all business rules read (deadlines, statuses), so that it has one source. */
@ApplicationScoped
public class BusinessClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
