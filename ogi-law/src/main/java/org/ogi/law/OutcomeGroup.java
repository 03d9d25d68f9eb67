package org.ogi.law;

/** The six outcome groups of annual-report table 三, row 三、本年度办理结果 (ogi-rules §3.1). */
public enum OutcomeGroup {
    DISCLOSED("（一）", "予以公开"),
    PARTIALLY_DISCLOSED("（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD("（三）", "不予公开"),
    CANNOT_PROVIDE("（四）", "无法提供"),
    NOT_PROCESSED("（五）", "不予处理"),
    OTHER("（六）", "其他处理");

    private final String number;
    private final String label;

    OutcomeGroup(String number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The exact label of table 三, without its number. */
    public String label() {
        return label;
    }

    /** The label as the table prints it, e.g. （三）不予公开. */
    public String tableLabel() {
        return number + label;
    }
}
