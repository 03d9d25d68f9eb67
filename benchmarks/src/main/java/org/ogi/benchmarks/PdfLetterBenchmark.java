package org.ogi.benchmarks;

import java.util.concurrent.TimeUnit;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One acknowledgement-sized letter (a title, four rows, a paragraph: about 120 distinct characters) made by {@link
 * PdfDocument} with the installed CJK font, as notification-service makes one for every e-mailed notice. A new
 * applicant per letter, so the characters vary a little as they do in the service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfLetterBenchmark {

    private static final String[] NAMES = {"张三", "李四", "王五", "赵六", "陈晓明", "欧阳娜娜", "刘德华", "周杰伦"};

    private CjkFont font;
    private int letter;

    @Setup
    public void setUp() {
        font = CjkFont.locate();
    }

    @Benchmark
    public byte[] acknowledgement() {
        int n = letter++;
        return PdfDocument.with(font)
                .title("政府信息公开申请登记回执")
                .row("申请编号", "A-2026-" + (100000 + n % 900000))
                .row("申请人", NAMES[n % NAMES.length])
                .row("收到日期", "2026年11月30日")
                .row("所需信息", "关于本市2025年度城市更新项目的财政预算执行情况及相关会议纪要，包括各区县上报材料")
                .paragraph("本机关已于2026年11月30日收到您的政府信息公开申请。根据《中华人民共和国政府信息公开条例》第三十三条，"
                        + "本机关将自收到申请之日起20个工作日内予以答复；如需延长答复期限的，将告知您，延长的期限最长不超过20个工作日。")
                .toBytes();
    }
}
