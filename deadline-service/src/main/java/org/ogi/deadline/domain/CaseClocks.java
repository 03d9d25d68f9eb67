package org.ogi.deadline.domain;

import static org.ogi.deadline.domain.Wording.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.deadline.domain.ClockEvent.Accepted;
import org.ogi.deadline.domain.ClockEvent.Arrived;
import org.ogi.deadline.domain.ClockEvent.ConsultationEnded;
import org.ogi.deadline.domain.ClockEvent.ConsultationLetterReceived;
import org.ogi.deadline.domain.ClockEvent.ConsultationStarted;
import org.ogi.deadline.domain.ClockEvent.Corrected;
import org.ogi.deadline.domain.ClockEvent.CorrectionRequested;
import org.ogi.deadline.domain.ClockEvent.Extended;
import org.ogi.deadline.domain.ClockEvent.FeeNoticeIssued;
import org.ogi.deadline.domain.ClockEvent.FeeNoticeReceived;
import org.ogi.deadline.domain.ClockEvent.FeePaid;
import org.ogi.deadline.domain.ClockEvent.Received;
import org.ogi.deadline.domain.ClockEvent.Replied;
import org.ogi.deadline.domain.ClockEvent.ReplyPeriodSet;
import org.ogi.deadline.domain.ClockEvent.Stopped;
import org.ogi.deadline.domain.DerivedClock.Pause;
import org.ogi.law.ConsultationKind;
import org.ogi.law.ReplyRegime;

/**
 * Derives every clock of a case from its clock events (ogi-rules §1.4–1.8, §1.12, §1.13): the same events and
 * calendar always give the same clocks, so a calendar change or a late event is handled by deriving again. Each
 * clock explains itself in Chinese, citing the article, as the agency would write it to an applicant or a court.
 */
public final class CaseClocks {

    private final WorkingDayCalendar calendar;
    private final ClockRules rules;
    private final List<ClockEvent> events;
    private final ReplyRegime regime;
    private final Wording words;

    private CaseClocks(WorkingDayCalendar calendar, List<ClockEvent> events, ClockRules rules) {
        this.calendar = calendar;
        this.rules = rules;
        // Stable sort: events of the same day keep the order in which they were recorded.
        this.events = events.stream()
                .sorted(Comparator.comparing(ClockEvent::occurredOn))
                .toList();
        this.regime = ReplyRegime.forReceivedDate(first(Received.class)
                .map(Received::receivedDate)
                .orElse(
                        this.events.isEmpty()
                                ? ReplyRegime.OGI_2019_IN_FORCE
                                : this.events.get(0).occurredOn()));
        this.words = new Wording(regime);
    }

    public static List<DerivedClock> derive(WorkingDayCalendar calendar, List<ClockEvent> events, ClockRules rules) {
        return new CaseClocks(calendar, events, rules).all();
    }

    private List<DerivedClock> all() {
        List<DerivedClock> clocks = new ArrayList<>();
        first(Arrived.class).ifPresent(arrived -> clocks.add(confirmation(arrived)));
        first(Received.class).ifPresent(received -> {
            if (received.recordCorrection()) {
                clocks.add(recordCorrection(received.receivedDate()));
                return;
            }
            clocks.add(reply(received.receivedDate()));
            if (regime.hasCorrectionNoticePeriod()) {
                clocks.add(correctionNotice(received.receivedDate()));
            }
        });
        last(CorrectionRequested.class).ifPresent(notice -> clocks.add(correctionPeriod(notice)));
        if (regime.hasConsultationAnswerPeriod()) {
            all(ConsultationStarted.class).forEach(consultation -> clocks.add(consultationAnswer(consultation)));
        }
        all(FeeNoticeIssued.class).forEach(notice -> clocks.add(feePayment(notice)));
        return clocks;
    }

    /* Art. 31(二): the office confirms an ordinary letter with the applicant on the day it arrives. */
    private DerivedClock confirmation(Arrived arrived) {
        LocalDate on = arrived.arrivedOn();
        List<String> lines = new ArrayList<>();
        lines.add("申请以平常信函方式于" + date(on) + "寄达本机关。");
        lines.add("以平常信函等无需签收的邮寄方式提交申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，" + "确认之日为收到申请之日（《政府信息公开条例》第三十一条第（二）项）。");
        lines.add("应于" + date(on) + "当日确认。");
        Optional<Received> confirmed = first(Received.class);
        confirmed.ifPresent(r -> lines.add(
                r.receivedDate().isAfter(on)
                        ? "已于" + date(r.receivedDate()) + "与申请人确认，晚于寄达当日。"
                        : "已于" + date(r.receivedDate()) + "与申请人确认。"));
        Optional<Stopped> stopped = confirmed.isPresent() ? Optional.empty() : first(Stopped.class);
        stopped.ifPresent(s -> lines.add(words.stopped(s)));
        LocalDate metOn = confirmed
                .map(Received::receivedDate)
                .orElse(stopped.map(Stopped::occurredOn).orElse(null));
        return new DerivedClock(
                ClockKey.of(ClockKind.CONFIRMATION),
                on,
                0,
                regime,
                on,
                calendar.isProvisional(on, on),
                metOn,
                false,
                List.of(),
                lines);
    }

    private DerivedClock correctionNotice(LocalDate received) {
        int days = ClockRules.CORRECTION_NOTICE_WORKING_DAYS;
        CalendarAnswer due = calendar.addWorkingDays(received, days);
        List<String> lines = new ArrayList<>();
        lines.add(words.start(date(received) + "收到申请"));
        lines.add("申请内容不明确的，应当自收到申请之日起" + days + "个工作日内一次性告知申请人作出补正（《政府信息公开条例》第三十条）。");
        lines.add(words.due(due));
        Optional<ClockEvent> end = firstMatching(e -> e instanceof CorrectionRequested
                || e instanceof Accepted
                || e instanceof Replied
                || e instanceof Stopped);
        end.ifPresent(e -> lines.add(
                e instanceof CorrectionRequested n
                        ? "已于" + date(n.noticeDate()) + "发出补正通知。"
                        : e instanceof Stopped s
                                ? words.stopped(s)
                                : "已于" + date(e.occurredOn()) + (e instanceof Accepted ? "受理" : "答复") + "，未要求补正。"));
        return unpaused(ClockKey.of(ClockKind.CORRECTION_NOTICE), received, days, due, end, lines);
    }

    /*
     * Art. 41 names no period (ogi-rules §1.12, UNCONFIRMED): the agency's setting, by default the Art. 33 period.
     */
    private DerivedClock recordCorrection(LocalDate received) {
        int days = rules.recordCorrectionWorkingDays();
        CalendarAnswer due = calendar.addWorkingDays(received, days);
        List<String> lines = new ArrayList<>();
        lines.add(words.start(date(received) + "收到更正政府信息记录的申请（《政府信息公开条例》第四十一条）"));
        lines.add("第四十一条未规定办理期限，本机关参照第三十三条第二款按" + days
                + "个工作日办理：经核实属实的予以更正并告知申请人；不属于本机关职能范围的，转送有权更正的行政机关处理并告知申请人，"
                + "或者告知申请人向有权更正的行政机关提出。");
        lines.add(words.due(due));
        Optional<ClockEvent> end = firstMatching(e -> e instanceof Replied || e instanceof Stopped);
        end.ifPresent(e -> lines.add(e instanceof Stopped s ? words.stopped(s) : "已于" + date(e.occurredOn()) + "答复。"));
        return unpaused(ClockKey.of(ClockKind.RECORD_CORRECTION), received, days, due, end, lines);
    }

    /** A clock that never pauses: due {@code days} working days from {@code start}, met when {@code end} happened. */
    private DerivedClock unpaused(
            ClockKey id, LocalDate start, int days, CalendarAnswer due, Optional<ClockEvent> end, List<String> lines) {
        return new DerivedClock(
                id,
                start,
                days,
                regime,
                due.date(),
                due.provisional(),
                end.map(ClockEvent::occurredOn).orElse(null),
                false,
                List.of(),
                lines);
    }

    private DerivedClock reply(LocalDate received) {
        int days = regime.replyWorkingDays();
        List<String> lines = new ArrayList<>();
        lines.add(words.start(date(received) + "收到申请"));
        lines.add(words.replyPeriod(days));
        LocalDate start = received;
        Optional<Corrected> corrected = last(Corrected.class);
        if (corrected.isPresent() && corrected.get().correctedReceivedDate().isAfter(received)) {
            start = corrected.get().correctedReceivedDate();
            lines.add(date(start) + "收到补正后的申请，答复期限自收到补正的申请之日起重新计算（" + words.correctionArticle() + "）。");
        }
        LocalDate due = calendar.addWorkingDays(start, days).date();
        boolean suspended = false;
        Optional<CorrectionRequested> notice = last(CorrectionRequested.class);
        if (notice.isPresent()
                && corrected
                        .map(c ->
                                c.correctedReceivedDate().isBefore(notice.get().noticeDate()))
                        .orElse(true)) {
            suspended = true;
            lines.add(date(notice.get().noticeDate()) + "已告知申请人补正，答复期限自收到补正的申请之日起重新计算（" + words.correctionArticle()
                    + "）。");
        }

        for (ConsultationStarted consultation : all(ConsultationStarted.class)) {
            if (!regime.excludes(consultation.kind())) {
                lines.add(date(consultation.letterSentOn()) + "起征求其他机关意见（" + consultation.consultationId()
                        + "）的时间计入答复期限：2008年《政府信息公开条例》第二十四条只扣除征求第三方意见所需时间。");
            }
        }
        if (!rules.excludeFeeWait()) {
            all(FeeNoticeIssued.class)
                    .forEach(fee ->
                            lines.add(date(fee.noticeDate()) + "发出收费通知（" + fee.feeId() + "）后等待缴费的时间计入答复期限（本机关设置）。"));
        }
        List<Pause> pauses = new ArrayList<>();
        int extended = 0;
        for (Step step : steps(start)) {
            if (step instanceof Window window) {
                if (window.to() == null) {
                    suspended = true;
                    lines.add(window.what() + "自" + date(window.from()) + "起，" + window.endReason() + "，答复期限暂停计算。");
                } else if (window.from().isAfter(due)) {
                    lines.add(window.what() + "于" + date(window.from()) + "开始，已在答复期限届满（" + date(due) + "）之后，不予扣除。");
                } else {
                    // The working days left when the window opened run again after it closes.
                    int remaining = calendar.workingDaysBetween(window.from().minusDays(1), due);
                    int excluded = calendar.workingDaysBetween(window.from().minusDays(1), window.to());
                    LocalDate moved =
                            calendar.addWorkingDays(window.to(), remaining).date();
                    lines.add(window.what() + "自" + date(window.from()) + "至" + date(window.to()) + "（"
                            + window.endReason() + "），所需时间不计算在答复期限内（" + window.article() + "），扣除"
                            + excluded + "个工作日，答复期限由" + date(due) + "顺延至" + date(moved) + "。");
                    pauses.add(new Pause(window.from(), window.to()));
                    due = moved;
                }
            } else if (step instanceof Extension ext) {
                Extended extension = ext.extension();
                if (extension.occurredOn().isAfter(due)) {
                    // Art. 33 ¶2: an extension granted after the period ran out cannot undo the breach.
                    lines.add(date(extension.occurredOn()) + "同意的延长未予计入：答复期限已于" + date(due) + "届满，期限届满后不得再延长（"
                            + words.replyArticle() + "）。");
                    continue;
                }
                int granted = Math.min(extension.workingDays(), regime.maxExtensionWorkingDays() - extended);
                if (granted <= 0) {
                    lines.add(date(extension.occurredOn()) + "同意的延长未予计入：延长的期限最长不得超过" + regime.maxExtensionWorkingDays()
                            + "个工作日，已经用尽（" + words.replyArticle() + "）。");
                    continue;
                }
                LocalDate moved = calendar.addWorkingDays(due, granted).date();
                lines.add("经政府信息公开工作机构负责人于" + date(extension.occurredOn()) + "同意，答复期限延长" + granted
                        + "个工作日"
                        + (granted < extension.workingDays()
                                ? "（申请延长" + extension.workingDays() + "个工作日，最长不得超过" + regime.maxExtensionWorkingDays()
                                        + "个工作日）"
                                : "")
                        + (extension.toldOn() != null ? "，并于" + date(extension.toldOn()) + "告知申请人" : "")
                        + "，自原答复期限届满日" + date(due) + "起算，延至" + date(moved) + "（" + words.replyArticle() + "）。");
                extended += granted;
                due = moved;
            } else if (step instanceof LongerPeriod longer) {
                ReplyPeriodSet set = longer.set();
                if (set.occurredOn().isAfter(due)) {
                    lines.add(date(set.occurredOn()) + "确定的延迟答复期限未予计入：答复期限已于" + date(due)
                            + "届满（《政府信息公开条例》第三十五条、第三十三条第二款）。");
                } else if (!set.dueDate().isAfter(due)) {
                    lines.add(date(set.occurredOn()) + "确定的延迟答复期限" + date(set.dueDate()) + "不晚于现行答复期限" + date(due)
                            + "，仍按现行期限答复（《政府信息公开条例》第三十五条）。");
                } else {
                    lines.add(date(set.occurredOn()) + "本机关认为申请公开政府信息的数量、频次明显超过合理范围，申请人说明的理由合理但"
                            + "无法在规定期限内答复，确定延迟答复的合理期限至" + date(set.dueDate())
                            + "并告知申请人（《政府信息公开条例》第三十五条）。");
                    due = set.dueDate();
                }
            }
        }
        boolean provisional = calendar.isProvisional(start.plusDays(1), due);
        lines.add(words.due(new CalendarAnswer(due, provisional)));
        LocalDate finalDue = due;
        Optional<ClockEvent> end = firstMatching(e -> e instanceof Replied || e instanceof Stopped);
        end.ifPresent(e -> lines.add(
                e instanceof Stopped s
                        ? words.stopped(s)
                        : "已于" + date(e.occurredOn()) + "答复" + (e.occurredOn().isAfter(finalDue) ? "，超过答复期限。" : "。")));
        return new DerivedClock(
                ClockKey.of(ClockKind.REPLY),
                start,
                days + extended,
                regime,
                due,
                provisional,
                end.map(ClockEvent::occurredOn).orElse(null),
                suspended,
                pauses,
                lines);
    }

    private DerivedClock correctionPeriod(CorrectionRequested notice) {
        boolean named = notice.periodWorkingDays() > 0;
        int days = named ? notice.periodWorkingDays() : rules.defaultCorrectionPeriodWorkingDays();
        CalendarAnswer due = calendar.addWorkingDays(notice.noticeDate(), days);
        List<String> lines = new ArrayList<>();
        lines.add(words.start(date(notice.noticeDate()) + "发出补正通知"));
        lines.add(
                named
                        ? "申请人应当在补正通知确定的" + days + "个工作日内补正（" + words.correctionArticle() + "）；" + "无正当理由逾期不补正的，视为放弃申请。"
                        : "补正通知未写明补正期限，按本机关确定的" + days + "个工作日计算（《政府信息公开条例》第三十条只规定“合理的补正期限”）。");
        lines.add(words.due(due));
        Optional<ClockEvent> end = firstMatching(
                e -> !e.occurredOn().isBefore(notice.noticeDate()) && (e instanceof Corrected || e instanceof Stopped));
        end.ifPresent(e -> lines.add(
                e instanceof Corrected c
                        ? "已于" + date(c.correctedReceivedDate()) + "收到补正后的申请。"
                        : words.stopped((Stopped) e)));
        return unpaused(ClockKey.of(ClockKind.CORRECTION_PERIOD), notice.noticeDate(), days, due, end, lines);
    }

    private DerivedClock consultationAnswer(ConsultationStarted consultation) {
        boolean thirdParty = consultation.kind() == ConsultationKind.THIRD_PARTY;
        ClockKind kind = thirdParty ? ClockKind.THIRD_PARTY_ANSWER : ClockKind.OTHER_AGENCY_ANSWER;
        String party = thirdParty ? "第三方" : "被征求意见机关";
        int days = ClockRules.CONSULTATION_ANSWER_WORKING_DAYS;
        List<String> lines = new ArrayList<>();
        Optional<LocalDate> receipt = letterReceivedOn(consultation);
        LocalDate start = receipt.orElse(consultation.letterSentOn());
        lines.add(
                receipt.isPresent()
                        ? words.start(party + "于" + date(start) + "收到征求意见书")
                        : "征求意见书于" + date(start) + "发出，" + party + "收到的日期尚未登记，暂自发出之日起计算。");
        lines.add(
                thirdParty
                        ? "第三方应当自收到征求意见书之日起" + days + "个工作日内提出意见；逾期未提出意见的，由行政机关依照本条例的规定决定是否公开" + "（《政府信息公开条例》第三十二条）。"
                        : "被征求意见机关应当自收到征求意见书之日起" + days + "个工作日内提出意见，逾期未提出意见的视为同意公开" + "（《政府信息公开条例》第三十四条）。");
        CalendarAnswer due = calendar.addWorkingDays(start, days);
        lines.add(words.due(due));
        Optional<ClockEvent> end = firstMatching(e ->
                e instanceof ConsultationEnded ended && ended.consultationId().equals(consultation.consultationId())
                        || e instanceof Stopped);
        end.ifPresent(e -> lines.add(
                e instanceof ConsultationEnded ended
                        ? ended(ended, thirdParty, due.date())
                        : words.stopped((Stopped) e)));
        return unpaused(ClockKey.of(kind, consultation.consultationId()), start, days, due, end, lines);
    }

    private static String ended(ConsultationEnded ended, boolean thirdParty, LocalDate periodEnd) {
        return switch (ended.outcome()) {
            case "CONSENT" -> date(ended.answeredOn()) + "收到意见：同意公开。";
            case "OBJECTION" -> date(ended.answeredOn()) + "收到意见：不同意公开。";
            // Art. 32 vs Art. 34: a third party's silence leaves the decision to the agency; an agency's is consent.
            case "NO_ANSWER", "DEEMED_CONSENT" ->
                thirdParty
                        ? "第三方逾期未提出意见（期限于" + date(periodEnd) + "届满），由行政机关依照本条例的规定决定（第三十二条）。"
                        : "被征求意见机关逾期未提出意见（期限于" + date(periodEnd) + "届满），视为同意公开（第三十四条）。";
            default -> date(ended.answeredOn()) + "征求意见结束：" + ended.outcome() + "。";
        };
    }

    /* The fee measures as restated in ogi-rules §1.13: 收到收费通知次日起20个工作日内缴纳. */
    private DerivedClock feePayment(FeeNoticeIssued notice) {
        int days = ClockRules.FEE_PAYMENT_WORKING_DAYS;
        Optional<LocalDate> receipt = feeNoticeReceivedOn(notice);
        LocalDate start = receipt.orElse(notice.noticeDate());
        CalendarAnswer due = calendar.addWorkingDays(start, days);
        List<String> lines = new ArrayList<>();
        lines.add(
                receipt.isPresent()
                        ? words.start("申请人于" + date(start) + "收到收费通知（" + notice.feeId() + "，"
                                + date(notice.noticeDate()) + "发出）")
                        : "收费通知（" + notice.feeId() + "）于" + date(start) + "发出，申请人收到的日期尚未登记，暂自发出之日起计算。");
        lines.add("申请人应当自收到收费通知次日起" + days + "个工作日内缴纳信息处理费；逾期未缴纳的，视为放弃申请" + "（《政府信息公开条例》第四十二条、《政府信息公开信息处理费管理办法》）。");
        lines.add(words.due(due));
        Optional<ClockEvent> end = firstMatching(
                e -> e instanceof FeePaid paid && paid.feeId().equals(notice.feeId()) || e instanceof Stopped);
        end.ifPresent(e ->
                lines.add(e instanceof FeePaid paid ? "已于" + date(paid.paidOn()) + "缴费。" : words.stopped((Stopped) e)));
        return unpaused(ClockKey.of(ClockKind.FEE_PAYMENT, notice.feeId()), start, days, due, end, lines);
    }

    private sealed interface Step permits Window, Extension, LongerPeriod {
        LocalDate on();
    }

    /** A stretch excluded from the reply period; {@code to == null} while its end is not known. */
    private record Window(LocalDate from, LocalDate to, String what, String endReason, String article) implements Step {
        @Override
        public LocalDate on() {
            return from;
        }
    }

    private record Extension(Extended extension) implements Step {
        @Override
        public LocalDate on() {
            return extension.occurredOn();
        }
    }

    private record LongerPeriod(ReplyPeriodSet set) implements Step {
        @Override
        public LocalDate on() {
            return set.occurredOn();
        }
    }

    /** Pauses, extensions and Art. 35 periods after {@code start}, in date order; overlapping pauses count once. */
    private List<Step> steps(LocalDate start) {
        List<Window> windows = new ArrayList<>();
        for (ConsultationStarted consultation : all(ConsultationStarted.class)) {
            if (regime.excludes(consultation.kind())) {
                windows.add(consultationWindow(consultation));
            }
        }
        if (rules.excludeFeeWait()) {
            all(FeeNoticeIssued.class).forEach(notice -> windows.add(feeWindow(notice)));
        }
        List<Step> steps = new ArrayList<>(merge(windows.stream()
                .map(w -> w.from().isAfter(start)
                        ? w
                        : new Window(start.plusDays(1), w.to(), w.what(), w.endReason(), w.article()))
                .filter(w -> w.to() == null || !w.to().isBefore(w.from()))
                .sorted(Comparator.comparing(Window::from))
                .toList()));
        all(Extended.class).forEach(extension -> steps.add(new Extension(extension)));
        all(ReplyPeriodSet.class).forEach(set -> steps.add(new LongerPeriod(set)));
        // Stable: on the same day a pause is applied before an extension.
        steps.sort(Comparator.comparing(Step::on));
        return steps;
    }

    /*
     * Window boundaries are UNCONFIRMED (ogi-rules §1.7, §7 item 2); this is the documented suggestion: from the day
     * the letter is sent to the day the answer is received or the 15-working-day answer period, counted from the
     * party's receipt of the letter, ends, whichever is earlier, both days included. "No answer" ends the window at
     * the end of the period whatever day it is entered. A 2008 consultation has no answer period, so it stays open
     * until answered.
     */
    private Window consultationWindow(ConsultationStarted consultation) {
        boolean thirdParty = consultation.kind() == ConsultationKind.THIRD_PARTY;
        String what = (thirdParty ? "征求第三方意见" : "征求其他机关意见") + "（" + consultation.consultationId() + "）";
        String article = regime == ReplyRegime.OGI_2008 ? "2008年《政府信息公开条例》第二十四条" : "《政府信息公开条例》第三十三条第三款";
        LocalDate periodEnd = regime.hasConsultationAnswerPeriod()
                ? calendar.addWorkingDays(
                                letterReceivedOn(consultation).orElse(consultation.letterSentOn()),
                                ClockRules.CONSULTATION_ANSWER_WORKING_DAYS)
                        .date()
                : null;
        Optional<ConsultationEnded> ended = all(ConsultationEnded.class).stream()
                .filter(e -> e.consultationId().equals(consultation.consultationId()))
                .findFirst();
        boolean answered = ended.isPresent() && !silent(ended.get());
        if (answered && (periodEnd == null || ended.get().answeredOn().isBefore(periodEnd))) {
            return new Window(
                    consultation.letterSentOn(),
                    ended.get().answeredOn(),
                    what,
                    date(ended.get().answeredOn()) + "收到意见",
                    article);
        }
        if (periodEnd != null) {
            return new Window(
                    consultation.letterSentOn(),
                    periodEnd,
                    what,
                    (answered ? "" : ended.isPresent() ? "逾期未提出意见，" : "尚未收到意见，") + "征求意见期限于" + date(periodEnd) + "届满",
                    article);
        }
        return new Window(consultation.letterSentOn(), null, what, "尚未收到意见，2008年条例未规定第三方答复期限", article);
    }

    /* §1.13 is UNCONFIRMED on whether the fee wait stops the reply clock; ClockRules.excludeFeeWait decides. */
    private Window feeWindow(FeeNoticeIssued notice) {
        String what = "等待缴纳信息处理费（收费通知" + notice.feeId() + "）";
        String article = "本机关设置：收费通知发出至缴费的时间不计入答复期限";
        Optional<FeePaid> paid = all(FeePaid.class).stream()
                .filter(p -> p.feeId().equals(notice.feeId()))
                .findFirst();
        if (paid.isPresent()) {
            return new Window(
                    notice.noticeDate(),
                    paid.get().paidOn(),
                    what,
                    date(paid.get().paidOn()) + "缴费",
                    article);
        }
        LocalDate payableUntil = calendar.addWorkingDays(
                        feeNoticeReceivedOn(notice).orElse(notice.noticeDate()), ClockRules.FEE_PAYMENT_WORKING_DAYS)
                .date();
        return new Window(notice.noticeDate(), payableUntil, what, "尚未缴费，缴费期限至" + date(payableUntil), article);
    }

    private static List<Window> merge(List<Window> sorted) {
        List<Window> merged = new ArrayList<>();
        for (Window next : sorted) {
            Window current = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (current != null && (current.to() == null || !next.from().isAfter(current.to()))) {
                LocalDate to = current.to() == null || next.to() == null
                        ? null
                        : next.to().isAfter(current.to()) ? next.to() : current.to();
                boolean currentEnds = Objects.equals(to, current.to());
                String article = current.article().equals(next.article())
                        ? current.article()
                        : current.article() + "；" + next.article();
                merged.set(
                        merged.size() - 1,
                        new Window(
                                current.from(),
                                to,
                                current.what() + "、" + next.what(),
                                currentEnds ? current.endReason() : next.endReason(),
                                article));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** Arts. 32, 34: the period ran out without an answer; the window ends with the period, not on the entry. */
    private static boolean silent(ConsultationEnded ended) {
        return "NO_ANSWER".equals(ended.outcome()) || "DEEMED_CONSENT".equals(ended.outcome());
    }

    /** The consulted party's receipt: on the letter when it was known at sending, else recorded later. */
    private Optional<LocalDate> letterReceivedOn(ConsultationStarted consultation) {
        if (consultation.letterReceivedOn() != null) {
            return Optional.of(consultation.letterReceivedOn());
        }
        return all(ConsultationLetterReceived.class).stream()
                .filter(r -> r.consultationId().equals(consultation.consultationId()))
                .map(ConsultationLetterReceived::receivedOn)
                .findFirst();
    }

    private Optional<LocalDate> feeNoticeReceivedOn(FeeNoticeIssued notice) {
        if (notice.receivedOn() != null) {
            return Optional.of(notice.receivedOn());
        }
        return all(FeeNoticeReceived.class).stream()
                .filter(r -> r.feeId().equals(notice.feeId()))
                .map(FeeNoticeReceived::receivedOn)
                .findFirst();
    }

    private <T extends ClockEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends ClockEvent> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private <T extends ClockEvent> Optional<T> last(Class<T> type) {
        List<T> matching = all(type);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    private Optional<ClockEvent> firstMatching(Predicate<ClockEvent> predicate) {
        return events.stream().filter(predicate).findFirst();
    }
}
