package org.ogi.intake.domain;

public enum DeliveryForm {
    PAPER,
    ELECTRONIC
}
