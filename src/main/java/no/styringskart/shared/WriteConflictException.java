package no.styringskart.shared;

/**
 * A write of the graph could not go ahead because another write holds it; reported as CONFLICT, and the same
 * request may succeed once the other write is done.
 */
public class WriteConflictException extends RuntimeException {

	public WriteConflictException(String message) {
		super(message);
	}

	public WriteConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}
