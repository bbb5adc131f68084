package io.grantflow.documents.application;

import io.grantflow.documents.domain.OwnerRef;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The {@link DocumentOwner}s the features plugged in, by type. */
@ApplicationScoped
public class DocumentOwners {

    @Inject
    @Any
    Instance<DocumentOwner> owners;

    public Optional<DocumentOwner> find(String type) {
        return owners.stream().filter(o -> o.type().equals(type)).findFirst();
    }

    public DocumentOwner of(OwnerRef ref) {
        return find(ref.type()).orElseThrow(() -> DomainException.notFound(ref.type(), ref.id()));
    }

    /** The owner types, sorted (for messages). */
    public List<String> types() {
        return List.copyOf(new TreeSet<>(owners.stream().map(DocumentOwner::type).toList()));
    }

    /** {@code text} as an owner reference of a known type, or null with the problem added to {@code v}. */
    public OwnerRef parse(String text, String field, String code, Violations v) {
        if (text == null || text.isBlank()) {
            v.add(field, "required", field + " is type:id, e.g. proposal:12");
            return null;
        }
        OwnerRef ref = OwnerRef.parse(text);
        if (ref == null || find(ref.type()).isEmpty()) {
            v.add(field, code, field + " is type:id with type one of " + types() + ", e.g. proposal:12");
            return null;
        }
        return ref;
    }

    /** The owner named by a query parameter: 400 {@code invalid_query_parameter} if it is not one. */
    public OwnerRef fromQuery(String text) {
        Violations v = new Violations();
        OwnerRef ref = parse(text, "owner", "invalid_query_parameter", v);
        if (ref == null) {
            throw DomainException.malformed("invalid_query_parameter", "owner is type:id", v.list().stream()
                    .map(x -> new Violation(x.field(), "invalid_query_parameter", x.message())).toList());
        }
        return ref;
    }
}
