package org.ogi.report.domain;

/** How many requests of an agency have one {@link CaseFact.Shape}. */
public record ShapeCount(CaseFact.Shape shape, long count) {}
