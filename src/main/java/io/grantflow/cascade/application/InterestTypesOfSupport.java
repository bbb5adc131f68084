package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.notifications.application.SupportTypes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The open calls' types of support ({@link TypeOfSupport}), as the notifications feature's interests name them. */
@ApplicationScoped
public class InterestTypesOfSupport implements SupportTypes {

    private static final Set<String> CODES = Arrays.stream(TypeOfSupport.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<String> codes() {
        return CODES;
    }
}
