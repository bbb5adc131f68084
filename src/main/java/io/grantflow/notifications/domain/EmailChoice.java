package io.grantflow.notifications.domain;

/** How e-mail reaches a person for one kind of event: one mail each (the default), a daily digest, or none. */
public enum EmailChoice {
    NOW,
    DIGEST,
    OFF
}
