package org.ogi.archfixture.leaky.rest;

/** Fixture: a REST view record. */
public record View(String text) {}
