package no.styringskart.shared;

/** An argument is out of range or malformed; reported as BAD_REQUEST with the argument named. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
