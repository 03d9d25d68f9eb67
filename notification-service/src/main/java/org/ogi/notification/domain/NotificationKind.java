package org.ogi.notification.domain;

/** What a notification tells, and whom: the applicant (a notice the law requires) or staff (work to do). */
public enum NotificationKind {
    /** The request was received: tracking number, received date, the Art. 33 period. */
    ACKNOWLEDGEMENT(Audience.APPLICANT, "政府信息公开申请收到告知"),
    /** A letter or fax arrived and its received date is the day both sides confirm (Art. 31). */
    AWAITING_CONFIRMATION(Audience.APPLICANT, "申请待确认告知"),
    /** The case was taken up (受理). */
    ACCEPTED(Audience.APPLICANT, "受理告知"),
    /** 补正通知书 (Art. 30): what is missing, the period, the consequence. */
    CORRECTION_NOTICE(Audience.APPLICANT, "补正通知书"),
    /** A consultation (Arts. 32, 34) started: the reply period stops (Art. 33 ¶3). */
    CONSULTATION_STARTED(Audience.APPLICANT, "征求意见告知"),
    /** 延期答复告知书 (Art. 33 ¶2): the new reply date. */
    EXTENSION(Audience.APPLICANT, "延期答复告知书"),
    /** 收费通知 (Art. 42, fee measures): basis, standard, amount, how and by when to pay. */
    FEE_NOTICE(Audience.APPLICANT, "信息处理费收费通知"),
    /** The reply (答复书, PDF attached) and the remedies, counted from its service. */
    REPLY(Audience.APPLICANT, "政府信息公开申请答复书"),
    /** 视为放弃申请 (Art. 30; fee not paid). */
    ABANDONED(Audience.APPLICANT, "视为放弃申请告知"),
    /** An appeal concerning the applicant's request was filed or decided. */
    APPEAL_MILESTONE(Audience.APPLICANT, "复议诉讼进展告知"),
    /** A decision or judgment ordered a new reply: the case is open again. */
    REOPENED(Audience.APPLICANT, "重新答复告知"),

    /** A clock's due date is near: the assigned officer. */
    DEADLINE_APPROACHING(Audience.STAFF, "期限即将届满提醒"),
    /** A clock's due date passed unmet: the officer and the head of the OGI office. */
    DEADLINE_BREACHED(Audience.STAFF, "期限已届满警示"),
    /** A case waited in a work queue longer than the configured time. */
    QUEUE_WAITING(Audience.STAFF, "待办事项超时提醒"),
    /** The agency's answer or defence in an appeal is due: legal staff. */
    APPEAL_ANSWER_DUE(Audience.STAFF, "复议答复/应诉答辩期限提醒"),
    /** A letter or fax waits for the Art. 31 confirmation: the intake clerks. */
    CONFIRMATION_WAITING(Audience.STAFF, "申请待确认提醒"),
    /** A notice could not be delivered on any channel: staff must serve it another way. */
    DELIVERY_FAILED(Audience.STAFF, "通知送达失败待处理");

    public enum Audience {
        APPLICANT,
        STAFF
    }

    private final Audience audience;
    private final String title;

    NotificationKind(Audience audience, String title) {
        this.audience = audience;
        this.title = title;
    }

    public Audience audience() {
        return audience;
    }

    /** The notice's Chinese name, as letters and lists show it. */
    public String title() {
        return title;
    }
}
