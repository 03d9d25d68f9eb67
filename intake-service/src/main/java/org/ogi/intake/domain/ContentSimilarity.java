package org.ogi.intake.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two request texts are, for Chinese without word segmentation: the Dice coefficient of the sets of
 * character bigrams after normalisation (full-width to half-width, lower case, no spaces or punctuation).
 */
public final class ContentSimilarity {

    private ContentSimilarity() {}

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]", "");
    }

    /** 1.0 for the same text, 0.0 for texts without a shared bigram. */
    public static double dice(String a, String b) {
        Set<String> x = bigrams(normalise(a));
        Set<String> y = bigrams(normalise(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return 2.0 * shared.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        if (cps.length == 1) {
            grams.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
