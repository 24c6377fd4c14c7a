package no.styringskart.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Checks a paper before it is read, so bad input fails with a message saying what is wrong and where. */
final class PaperInput {

	private static final Pattern DOCUMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern HTML = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|<meta|<div|<h1)");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private PaperInput() {
	}

	/**
	 * A file's bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252, the superset of Latin-1 that
	 * Norwegian papers saved by older tools use (æ, ø, å are single bytes there).
	 */
	static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	/** Whether a text is to be read as an HTML page: the user says so, or it starts like one. */
	static boolean html(String text, ImportOptions options) {
		return options.html() || (text != null && HTML.matcher(text.substring(0, Math.min(text.length(), 2000))).find());
	}

	static void checkDocumentId(String documentId, ImportRegistry registry) {
		if (documentId == null || !DOCUMENT_ID.matcher(documentId).matches()) {
			throw new ImportException("documentId '" + documentId + "' must be a lower-case slug like 'nuit-2025-09-04'");
		}
		if (registry.documentIds().contains(documentId)) {
			throw new ImportException("documentId '" + documentId + "' already names a document of the seed");
		}
	}

	/** The text of a paper: not empty, and text rather than binary (control characters other than tab and newline). */
	static String checkText(String text) {
		if (text == null || text.isBlank()) {
			throw new ImportException("the paper is empty: there is no text to import");
		}
		int line = 1;
		int column = 0;
		int control = 0;
		String firstAt = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			column++;
			if (c == '\n') {
				line++;
				column = 0;
			}
			else if ((Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') || c == '\ufffd') {
				control++;
				if (firstAt == null) {
					firstAt = "line " + line + ", column " + column;
				}
			}
		}
		if (control > 0 && (control > 20 || control * 100 > text.length())) {
			throw new ImportException("the input is not a paper's text: " + control + " binary or control characters, "
					+ "the first at " + firstAt + " (import a PDF as a PDF)");
		}
		return text;
	}

}
