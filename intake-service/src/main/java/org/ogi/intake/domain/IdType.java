package org.ogi.intake.domain;

public enum IdType {
    RESIDENT_ID,
    PASSPORT,
    HK_MACAO_PERMIT,
    TAIWAN_PERMIT,
    USCC,
    OTHER
}
