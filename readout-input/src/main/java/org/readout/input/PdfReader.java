package org.readout.input;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.readout.model.Problem;

/**
 * A PDF's text layer (PDFBox), in reading order, with its information dictionary's title and
 * creation date as hints. A PDF is random access, so it is read whole: it is one document and
 * within the document limit.
 */
final class PdfReader {
    private PdfReader() {
    }

    static DecodeResult read(String id, byte[] bytes, InputDecoder decoder) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            if (TextNormaliser.isBlank(text)) {
                return DecodeResult.rejected(Problem.error("no_text", "PDF has no text layer (scanned?), not read"));
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new DocumentHints(info.getTitle(), null, date(info.getCreationDate()), null)
                    .applyTo(decoder.decode(id, text, List.of(), false));
        } catch (InvalidPasswordException e) {
            return DecodeResult.rejected(Problem.error("encrypted", "PDF is encrypted, not read"));
        }
    }

    /** The date as the PDF's producer wrote it, in its own time zone. */
    private static LocalDate date(Calendar calendar) {
        return calendar == null ? null
                : LocalDate.of(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
    }
}
