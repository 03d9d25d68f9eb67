package org.ogi.intake.rest;

import java.util.List;

/** One page of a search: {@code page} counts from 0. */
public record RequestPage(List<RequestView> items, int page, int size, long total) {}
