package org.ogi.intake.domain;

public enum DeliveryMethod {
    POST,
    EMAIL,
    PICKUP,
    ONLINE
}
