package org.readout.extract.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells a text's language with OpenNLP's language detector (103 languages, trained on the
 * Leipzig corpora), as an ISO 639-1 code. Thread-safe: the model is shared, a detector is made
 * per call.
 */
public final class LanguageIdentifier {
    private static final String MODEL = "langdetect-183.bin";
    private static final int SAMPLE_CHARS = 3000;
    private final LanguageDetectorModel model;
    private final Map<String, String> iso3to1 = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : Locale.getISOLanguages()) {
            iso3to1.put(new Locale(code).getISO3Language(), code);
        }
        // The model names Chinese by its macrolanguage members and a few languages by older codes.
        iso3to1.put("cmn", "zh");
        iso3to1.put("zho", "zh");
        iso3to1.put("pes", "fa");
        iso3to1.put("nob", "no");
    }

    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String iso3 = new LanguageDetectorME(model).predictLanguage(sample).getLang();
        return iso3to1.getOrDefault(iso3, iso3);
    }
}
