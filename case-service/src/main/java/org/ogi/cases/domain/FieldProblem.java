package org.ogi.cases.domain;

/** One invalid input, named by its API field. */
public record FieldProblem(String field, String message) {}
