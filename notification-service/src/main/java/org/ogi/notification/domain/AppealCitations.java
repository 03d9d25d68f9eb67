package org.ogi.notification.domain;

/**
 * The articles an appeal's notices rest on (ogi-rules §4 ARL 2023, §5 ALL), by the appeal's kind (RECONSIDERATION,
 * DIRECT_SUIT, SUIT_AFTER_RECONSIDERATION, SECOND_INSTANCE, RETRIAL) and, once decided, by its outcome.
 */
public final class AppealCitations {

    private static final String ARL = "行政复议法";
    private static final String ALL = "行政诉讼法";

    /** A citation as a notice words it ({@code full}) and as a text message does ({@code brief}). */
    public record Citation(String full, String brief) {

        /** {@code law} without 《中华人民共和国…》, {@code articles} as the law numbers them. */
        static Citation of(String law, String articles) {
            return new Citation("《中华人民共和国" + law + "》" + articles, law + articles);
        }
    }

    /** What the applicant may do against a decision that orders no new reply. */
    public enum Remedy {
        /** Sue within 15 days of receiving the reconsideration decision (ALL Art. 45). */
        SUE,
        /** Appeal a first-instance judgment (15 days) or ruling (10 days) (ALL Art. 85). */
        APPEAL,
        /** Apply for a retrial of an effective judgment (ALL Art. 90). */
        RETRIAL,
        /** None the notice states (a retrial's own decision). */
        NONE
    }

    private AppealCitations() {}

    /**
     * The agency's duty once an appeal is filed: answer a reconsideration within 10 working days (ARL 2023 Art. 48;
     * 5 in the simplified procedure, Art. 54), defend a suit within 15 days (ALL Art. 67); an appeal or a retrial
     * runs under ALL Art. 85 or 90.
     */
    public static Citation filed(String kind, String procedure) {
        return switch (kind == null ? "" : kind) {
            case "RECONSIDERATION" -> Citation.of(ARL, "SIMPLIFIED".equals(procedure) ? "第五十四条" : "第四十八条");
            case "SECOND_INSTANCE" -> Citation.of(ALL, "第八十五条");
            case "RETRIAL" -> Citation.of(ALL, "第九十条");
            default -> Citation.of(ALL, "第六十七条");
        };
    }

    /**
     * The decision's ground when it orders a new reply: a revocation with an order to act again (ARL 2023 Art. 64
     * ¶1; ALL Art. 70) or an order to perform (ARL 2023 Art. 66; ALL Art. 72). Unknown kind: both laws are cited.
     */
    public static Citation replyAgain(String kind, String outcome) {
        boolean perform = "ORDERED_TO_PERFORM".equals(outcome);
        if (kind == null) {
            Citation arl = replyAgain("RECONSIDERATION", outcome);
            Citation all = replyAgain("DIRECT_SUIT", outcome);
            return new Citation(arl.full() + "或者" + all.full(), arl.brief() + "或" + all.brief());
        }
        if ("RECONSIDERATION".equals(kind)) {
            return Citation.of(ARL, perform ? "第六十六条" : "第六十四条第一款");
        }
        return Citation.of(ALL, perform ? "第七十二条" : "第七十条");
    }

    /** What the applicant may do against a decision that orders no new reply, by the appeal's kind. */
    public static Remedy remedy(String kind) {
        return switch (kind == null ? "" : kind) {
            case "RECONSIDERATION" -> Remedy.SUE;
            case "DIRECT_SUIT", "SUIT_AFTER_RECONSIDERATION" -> Remedy.APPEAL;
            case "SECOND_INSTANCE" -> Remedy.RETRIAL;
            default -> Remedy.NONE;
        };
    }

    /** The remedy's article: ALL Art. 45, 85 or 90; a retrial's decision: ALL Art. 90, under which it was heard. */
    public static Citation remedyCitation(Remedy remedy) {
        return switch (remedy) {
            case SUE -> Citation.of(ALL, "第四十五条");
            case APPEAL -> Citation.of(ALL, "第八十五条");
            case RETRIAL, NONE -> Citation.of(ALL, "第九十条");
        };
    }

    /** Days to appeal a first-instance decision (ALL Art. 85): 10 for a ruling, 15 for a judgment. */
    public static int appealDays(String form) {
        return "RULING".equals(form) ? 10 : 15;
    }
}
