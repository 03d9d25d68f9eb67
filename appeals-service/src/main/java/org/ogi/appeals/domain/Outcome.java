package org.ogi.appeals.domain;

/**
 * How a reconsideration body or court decided, in the law's own terms (ARL 2023 Chapter 5; ALL Arts. 69–78; SPC
 * 2011 Arts. 9–12). A decision that orders the agency to reply again (or to disclose) reopens the case.
 */
public enum Outcome {
    UPHELD("维持"),
    CLAIM_DISMISSED("驳回复议请求或诉讼请求"),
    REVOKED("撤销"),
    PARTIALLY_REVOKED("部分撤销"),
    VARIED("变更"),
    DECLARED_UNLAWFUL("确认违法"),
    DECLARED_VOID("确认无效"),
    ORDERED_TO_PERFORM("责令履行"),
    ORDERED_TO_REPLY_AGAIN("责令重新答复"),
    NOT_ACCEPTED("不予受理"),
    APPLICATION_DISMISSED("驳回申请或起诉"),
    TERMINATED("终止"),
    WITHDRAWN("撤回"),
    MEDIATED("调解");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Always orders a new reply (ARL 2023 Art. 66; SPC 2011 Arts. 9–10). */
    public boolean ordersNewReply() {
        return this == ORDERED_TO_PERFORM || this == ORDERED_TO_REPLY_AGAIN;
    }

    /** May order a new reply: a revocation with an order to redo (ARL 2023 Art. 64 ¶1). */
    public boolean mayOrderNewReply() {
        return ordersNewReply() || this == REVOKED || this == PARTIALLY_REVOKED;
    }
}
