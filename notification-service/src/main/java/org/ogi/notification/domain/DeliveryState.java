package org.ogi.notification.domain;

/** PENDING until a channel accepted it (SENT, with the provider's id) or it gave up (FAILED, with the reason). */
public enum DeliveryState {
    PENDING,
    SENT,
    FAILED
}
