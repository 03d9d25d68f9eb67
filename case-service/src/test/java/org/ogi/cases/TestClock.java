package org.ogi.cases;

import jakarta.inject.Singleton;
import org.ogi.testsupport.MutableClock;

/** Replaces the application clock in tests, so that working-day guards can be exercised on chosen days. */
@Singleton
public class TestClock extends MutableClock {
}
