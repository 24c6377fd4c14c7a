package no.styringskart.shared;

/** The caller asked for something the graph does not hold; reported as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String id) {
		super("No " + what + " with id '" + id + "'");
	}

}
