package io.grantflow.users.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sign-in pages, in English; {@code messages/signin_fr.properties} and
 * {@code signin_de.properties} translate them.
 */
@MessageBundle(value = "signin", locale = "en")
public interface SignInMessages {

    @Message("Sign in")
    String title();

    @Message("Grantflow")
    String serviceName();

    @Message("User name")
    String userName();

    @Message("Password")
    String password();

    @Message("Sign in")
    String submit();

    @Message("The user name or the password is wrong, or the form was open too long. Please try again.")
    String failed();

    @Message("You have signed out.")
    String signedOut();

    @Message("Demo users")
    String demoUsersTitle();

    @Message("This service runs in demo mode: these users exist only here, and each one's password is the user name.")
    String demoUsersIntro();

    @Message("User")
    String user();

    @Message("Role")
    String role();

    @Message("Sign in with your organisation's account")
    String withProvider();

    @Message("You will be sent to the identity provider's login page and brought back here.")
    String withProviderIntro();

    @Message("Signing in is not available: no identity provider is configured for this service.")
    String unavailable();

    @Message("Your account")
    String meTitle();

    @Message("Signed in as {name} ({handle})")
    String signedInAs(String name, String handle);

    @Message("Roles:")
    String rolesLabel();

    @Message("Sign out")
    String signOut();

    @Message("{#when role}{#is 'officer'}programme officer{#is 'applicant'}applicant (consortium member)"
            + "{#is 'evaluator'}evaluator{#is 'sme'}SME{#else}{role}{/when}")
    String roleName(String role);

    @Message("My desk")
    String deskTitle();

    @Message("What waits for you, by what you do in the programme.")
    String deskIntro();

    @Message("Nothing here is for you yet: your desk shows the work of programme officers, consortium members and evaluators.")
    String deskEmpty();

    @Message("{count} waiting for you")
    String deskWaiting(long count);
}
