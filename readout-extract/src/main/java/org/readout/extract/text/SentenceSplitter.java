package org.readout.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.readout.model.Span;

/**
 * Splits a document into paragraphs (lines) and sentences, with OpenNLP's sentence model
 * (UD English EWT). The model is immutable and shared; a detector is made per call because
 * OpenNLP detectors are not thread-safe.
 */
public final class SentenceSplitter {
    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern ENDS_CLOSED = Pattern.compile("(?s).*[.!?\"”’)\\]]\\s*$");
    // The model sometimes splits after honorifics and single initials; such a split is undone.
    private static final Pattern GLUE_AFTER = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|St|No|H\\.E|Nov|Dec|Jan|Feb|Aug|Sept|Oct)\\.|\\b\\p{Lu}\\.)$");
    /** More than the longest abbreviation of {@link #GLUE_AFTER} with its full stop. */
    private static final int GLUE_REACH = 8;
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{3})\\.(?=\\p{Lu}\\p{Ll}+\\b)");
    private static final Pattern ADDRESS = Pattern.compile("[/@]|www\\.|\\.(?:com|org|net|gov|int)\\b", Pattern.CASE_INSENSITIVE);
    private final SentenceModel model;
    private final Tokenizer tokenizer = new Tokenizer();

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Sentence> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> sentences = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        int paragraph = 0;
        int contentEnd = text.stripTrailing().length();
        while (line.find()) {
            String body = line.group();
            if (body.isBlank()) {
                continue;
            }
            for (Span s : unglue(body, merge(body, detector.sentPosDetect(body)))) {
                int start = line.start() + s.start();
                int end = line.start() + s.end();
                String sentence = text.substring(start, end);
                boolean last = end >= contentEnd;
                boolean cutOff = last && !ENDS_CLOSED.matcher(sentence).matches();
                sentences.add(new Sentence(sentences.size(), paragraph, new Span(start, end), sentence, cutOff,
                        tokenizer.tokenize(sentence, start)));
            }
            paragraph++;
        }
        return sentences;
    }

    /** "relations between Rabat and Madrid.During Tuesday's meeting": a page that lost the space between sentences. */
    private static List<Span> unglue(String body, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!hasDotBeforeCapital(body, s.start(), s.end())) {
                out.add(s);
                continue;
            }
            int start = s.start();
            Matcher glued = GLUED.matcher(body).region(s.start(), s.end());
            while (glued.find()) {
                if (!ADDRESS.matcher(word(body, glued.start())).find()) {
                    out.add(new Span(start, glued.start() + 1));
                    start = glued.start() + 1;
                }
            }
            out.add(new Span(start, s.end()));
        }
        return out;
    }

    private static boolean hasDotBeforeCapital(String body, int from, int to) {
        for (int i = body.indexOf('.', from); i >= 0 && i + 1 < to; i = body.indexOf('.', i + 1)) {
            if (Character.isUpperCase(body.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The run of non-space characters around a position. */
    private static String word(String body, int at) {
        int start = at;
        int end = at;
        while (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
            start--;
        }
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return body.substring(start, end);
    }

    // Only the sentence's last characters can hold the abbreviation: the pattern is tried there, not along all of it.
    private static boolean glued(String body, Span sentence) {
        int from = Math.max(sentence.start(), sentence.end() - GLUE_REACH);
        return GLUE_AFTER.matcher(body.substring(sentence.start(), sentence.end())).region(from - sentence.start(),
                sentence.end() - sentence.start()).useTransparentBounds(true).find();
    }

    private static List<Span> merge(String body, opennlp.tools.util.Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : spans) {
            int start = s.getStart();
            int end = s.getEnd();
            while (start < end && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            if (start >= end) {
                continue;
            }
            if (!out.isEmpty() && glued(body, out.get(out.size() - 1))) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.start(), end));
            } else {
                out.add(new Span(start, end));
            }
        }
        if (out.isEmpty() && !body.isBlank()) {
            out.add(new Span(0, body.stripTrailing().length()));
        }
        return out;
    }
}
