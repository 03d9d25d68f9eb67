package org.ogi.report.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;

/** Tables 三 and 四 of an agency's annual report, as numbers keyed by cell. */
public record AnnualReport(String agency, int year, TableThree tableThree, TableFourReport tableFour) {

    /**
     * Every number in the tables' order, keyed {@code 三/<line>/<column>} and {@code 四/<block>/<column>}: what a
     * frozen report keeps and its checksum covers.
     */
    public Map<String, Long> cells() {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Line line : tableThree.lines()) {
            long[] values = tableThree.values(line.key());
            for (ApplicantCategory column : ApplicantCategory.values()) {
                cells.put("三/" + line.key() + "/" + column.name(), values[column.ordinal()]);
            }
            cells.put("三/" + line.key() + "/" + TableThree.TOTAL_KEY, values[TableThree.TOTAL]);
        }
        for (TableFourBlock block : TableFourBlock.values()) {
            for (ReportColumn column : ReportColumn.values()) {
                cells.put("四/" + block.name() + "/" + column.name(), tableFour.cell(block, column));
            }
            cells.put("四/" + block.name() + "/" + TableThree.TOTAL_KEY, tableFour.total(block));
        }
        return cells;
    }

    /** The canonical text of {@link #cells()}: one {@code key=value} a line. */
    public static String canonical(Map<String, Long> cells) {
        StringBuilder text = new StringBuilder();
        cells.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** SHA-256 (hex) of the canonical text of {@code cells}. */
    public static String checksum(Map<String, Long> cells) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(cells).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A cell whose number differs from the frozen report's. */
    public record Difference(String cell, long frozen, long current) {}

    /** The cells that changed since {@code frozen} was taken. */
    public List<Difference> differencesFrom(Map<String, Long> frozen) {
        List<Difference> differences = new ArrayList<>();
        cells().forEach((cell, value) -> {
            long before = frozen.getOrDefault(cell, 0L);
            if (before != value) {
                differences.add(new Difference(cell, before, value));
            }
        });
        return differences;
    }
}
