package org.ogi.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

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
            long fee = 10L * band(units, 30, 100)
                    + 20L * band(units, 100, 200)
                    + 40L * band(units, 200, Integer.MAX_VALUE);
            return BigDecimal.valueOf(fee);
        }

        private static long band(int pages, int above, int upTo) {
            return Math.max(0, Math.min(pages, upTo) - above);
        }
    };

    /**
     * The measures were issued on 2020-11-17 and charging began on 2021-01-01 (as the Heilongjiang 财政厅 notice
     * restates; ogi-rules §1.13): no fee notice goes out before that day.
     */
    public static final LocalDate CHARGED_FROM = LocalDate.of(2021, 1, 1);

    /** The fee in 元 for {@code units} (at least 1). */
    public abstract BigDecimal amount(int units);

    /**
     * The units to charge: per request, the applicant's count of requests in the calendar month as intake recorded it
     * (Art. 4 「一个自然月内累计申请」), never a number typed by staff; per page, the pages staff counted.
     *
     * @param requestsInMonth from {@code ogi.request.received.v1}; null for requests registered before intake sent it
     */
    public Optional<FieldProblem> unitsProblem(Integer pages, Integer requestsInMonth) {
        if (this == PER_REQUEST) {
            if (pages != null) {
                return Optional.of(new FieldProblem(
                        "pages",
                        "applies to PER_PAGE only; PER_REQUEST counts the "
                                + "applicant's requests in the month from intake's records"));
            }
            return requestsInMonth == null
                    ? Optional.of(new FieldProblem(
                            "mode",
                            "intake recorded no count of the applicant's requests in "
                                    + "the month for this request, so PER_REQUEST cannot be charged"))
                    : Optional.empty();
        }
        return pages == null || pages < 1
                ? Optional.of(new FieldProblem("pages", "is the number of pages to provide (Art. 5)"))
                : Optional.empty();
    }

    /** The units {@link #unitsProblem} accepted. */
    public int units(Integer pages, Integer requestsInMonth) {
        return this == PER_REQUEST ? requestsInMonth : pages;
    }
}
