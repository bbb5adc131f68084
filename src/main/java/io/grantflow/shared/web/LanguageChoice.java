package io.grantflow.shared.web;

/** One entry of the language switch: the language's own name, the same page in it, and whether it is the current one. */
public record LanguageChoice(String lang, String name, String href, boolean current) {
}
