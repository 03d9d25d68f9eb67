package org.ogi.law;

/** The columns of annual-report table 四 (ogi-rules §3.2) an appeal counts in. */
public enum ReportColumn {
    MAINTAINED("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    ReportColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
