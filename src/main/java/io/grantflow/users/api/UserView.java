package io.grantflow.users.api;

/** A person as requests see them: the handle other features store, and the profile. */
public record UserView(String handle, String displayName, String email, String language) {

    /** The key of the identity attribute that carries the caller's {@code UserView}. */
    public static final String ATTRIBUTE = "grantflow.user";
}
