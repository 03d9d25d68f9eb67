package org.ogi.appeals.domain;

/** An input field the rules refuse, with the reason. */
public record FieldProblem(String field, String message) {}
