package no.styringskart.importer;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF as analysts download it, extracted with Apache PDFBox, line by line in reading order. */
final class PdfText {

	private PdfText() {
	}

	static String extract(byte[] pdf) {
		if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
			throw new ImportException("the file is not a PDF (it does not start with %PDF-)");
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			String text = stripper.getText(document);
			if (text.isBlank()) {
				throw new ImportException("the PDF has " + document.getNumberOfPages() + " page(s) but no text layer "
						+ "(a scanned image?); run OCR on it first and import the text");
			}
			return text;
		}
		catch (IOException ex) {
			throw new ImportException("the PDF cannot be read: " + ex.getMessage(), ex);
		}
	}

}
