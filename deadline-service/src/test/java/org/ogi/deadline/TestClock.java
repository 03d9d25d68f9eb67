package org.ogi.deadline;

import jakarta.inject.Singleton;
import org.ogi.testsupport.MutableClock;

/** Replaces the default clock in tests; tests that move it reset it afterwards. */
@Singleton
public class TestClock extends MutableClock {
}
