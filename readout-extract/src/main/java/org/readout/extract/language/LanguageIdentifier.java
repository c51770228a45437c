package org.readout.extract.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells a text's language as an ISO 639-1 code: English when its function words leave no doubt
 * ({@link EnglishEvidence}), otherwise by OpenNLP's language detector (103 languages, trained on
 * the Leipzig corpora). Thread-safe: the model is shared, a detector is made per call.
 */
public final class LanguageIdentifier {
    private static final String MODEL = "langdetect-183.bin";
    private static final int SAMPLE_CHARS = 3000;
    /** The JDK lists Indonesian, Hebrew and Yiddish under their withdrawn codes too; ISO 639-1 now gives id, he, yi. */
    private static final Set<String> LEGACY_CODES = Set.of("in", "iw", "ji");
    private final Object loading = new Object();
    /** Loaded on the first text the function words do not settle, so that English-only runs never pay for it. */
    private volatile Detector detector;

    private record Detector(LanguageDetectorModel model, Map<String, String> iso3to1) {
    }

    public String identify(String text) {
        CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
        if (EnglishEvidence.decides(sample)) {
            return "en";
        }
        Detector d = detector();
        String iso3 = new LanguageDetectorME(d.model()).predictLanguage(sample).getLang();
        return d.iso3to1().getOrDefault(iso3, iso3);
    }

    private Detector detector() {
        Detector d = detector;
        if (d == null) {
            synchronized (loading) {
                d = detector;
                if (d == null) {
                    d = load();
                    detector = d;
                }
            }
        }
        return d;
    }

    private static Detector load() {
        LanguageDetectorModel model;
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> iso3to1 = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            if (!LEGACY_CODES.contains(code)) {
                iso3to1.put(new Locale(code).getISO3Language(), code);
            }
        }
        // The model names Chinese by its macrolanguage members and a few languages by older codes.
        iso3to1.put("cmn", "zh");
        iso3to1.put("zho", "zh");
        iso3to1.put("pes", "fa");
        iso3to1.put("nob", "no");
        return new Detector(model, Map.copyOf(iso3to1));
    }
}
