package io.grantflow.shared.problem;

import java.util.List;

/**
 * A failure of a business act or of a request: a stable {@code code}, a {@link Kind} and, for
 * broken rules and malformed input, every violation. The domain and the application services throw
 * it without knowing HTTP; {@link ProblemMappers} alone turns the kind into a status.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, in business terms; the edge chooses the status. */
    public enum Kind {
        /** The request itself cannot be read (a bad query parameter, a missing body). */
        MALFORMED,
        /** The object does not exist, or the caller may not know that it does. */
        NOT_FOUND,
        /** The caller may not perform this act on this object. */
        FORBIDDEN,
        /** The act does not fit the object's current state. */
        CONFLICT,
        /** The request is readable but breaks business rules; all of them are listed. */
        RULE_BROKEN,
        /** What was sent is larger than the service takes (an uploaded document above its limit). */
        TOO_LARGE,
        /** What was sent is of a type the service does not take (a document's content, checked by its bytes). */
        UNSUPPORTED_TYPE,
        /** A service this act needs is down for now (e.g. the virus scanner); nothing was written, retry later. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final List<Violation> violations;

    public DomainException(Kind kind, String code, String detail, List<Violation> violations) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, "not_found", what + " '" + id + "' does not exist", List.of());
    }

    public static DomainException notFound(String what, Object id) {
        return notFound(what, String.valueOf(id));
    }

    public static DomainException forbidden(String code, String detail) {
        return new DomainException(Kind.FORBIDDEN, code, detail, List.of());
    }

    public static DomainException forbidden(String code, String detail, List<Violation> violations) {
        return new DomainException(Kind.FORBIDDEN, code, detail, violations);
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, detail, List.of());
    }

    public static DomainException conflict(String code, String detail, List<Violation> violations) {
        return new DomainException(Kind.CONFLICT, code, detail, violations);
    }

    public static DomainException ruleBroken(String code, String detail, List<Violation> violations) {
        return new DomainException(Kind.RULE_BROKEN, code, detail, violations);
    }

    public static DomainException tooLarge(String code, String detail) {
        return new DomainException(Kind.TOO_LARGE, code, detail, List.of());
    }

    public static DomainException unsupportedType(String code, String detail) {
        return new DomainException(Kind.UNSUPPORTED_TYPE, code, detail, List.of());
    }

    public static DomainException unavailable(String code, String detail) {
        return new DomainException(Kind.UNAVAILABLE, code, detail, List.of());
    }

    public static DomainException malformed(String code, String detail, List<Violation> violations) {
        return new DomainException(Kind.MALFORMED, code, detail, violations);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The violations, or (a refusal of the whole request) one violation of {@code field} with this code and message. */
    public List<Violation> violationsOr(String field) {
        return violations.isEmpty() ? List.of(new Violation(field, code(), getMessage())) : violations;
    }
}
