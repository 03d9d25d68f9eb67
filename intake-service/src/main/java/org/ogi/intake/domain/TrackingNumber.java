package org.ogi.intake.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public id of a request and its case: agency, year of registration and a gap-free sequence. */
public record TrackingNumber(String agency, int year, long sequence) {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9]{1,16})-(\\d{4})-(\\d{6,})");

    public TrackingNumber {
        if (!agency.matches("[A-Za-z0-9]{1,16}")) {
            throw new IllegalArgumentException("agency code must be 1-16 letters or digits: " + agency);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    public static TrackingNumber parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a tracking number: " + text);
        }
        return new TrackingNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", agency, year, sequence);
    }
}
