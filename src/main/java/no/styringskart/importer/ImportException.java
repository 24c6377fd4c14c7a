package no.styringskart.importer;

/** The input cannot be imported (empty, not text, a PDF without a text layer …); the message says what and where. */
public class ImportException extends RuntimeException {

	ImportException(String message) {
		super(message);
	}

	ImportException(String message, Throwable cause) {
		super(message, cause);
	}

}
