package org.ogi.cases.domain;

import java.math.BigDecimal;

/** 信息处理费 (国办函〔2020〕109号 Arts. 3–5, ogi-rules §1.13): marginal brackets, per request or per page. */
public enum FeeSchedule {
    /**
     * Art. 4: {@code units} is this request's number among the applicant's requests in the calendar month; 1–10 free,
     * 11–30 100 元, then 100 元 more per band of 10.
     */
    PER_REQUEST {
        @Override
        public BigDecimal amount(int units) {
            if (units <= 10) {
                return BigDecimal.ZERO;
            }
            if (units <= 30) {
                return BigDecimal.valueOf(100);
            }
            return BigDecimal.valueOf(100L * (2 + (units - 31) / 10));
        }
    },
    /** Art. 5: {@code units} pages; 1–30 free, 31–100 10 元, 101–200 20 元, from 201 40 元 per page. */
    PER_PAGE {
        @Override
        public BigDecimal amount(int units) {
            long fee = 10L * band(units, 30, 100) + 20L * band(units, 100, 200) + 40L * band(units, 200, Integer.MAX_VALUE);
            return BigDecimal.valueOf(fee);
        }

        private static long band(int pages, int above, int upTo) {
            return Math.max(0, Math.min(pages, upTo) - above);
        }
    };

    /** The fee in 元 for {@code units} (at least 1). */
    public abstract BigDecimal amount(int units);
}
