package org.ogi.intake.domain;

/** One input that breaks a rule of intake, named by its JSON path so the API can report it. */
public record Violation(String field, String message) {}
