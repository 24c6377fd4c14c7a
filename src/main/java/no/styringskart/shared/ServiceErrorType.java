package no.styringskart.shared;

import graphql.ErrorClassification;

/** Error classifications beyond Spring's {@code ErrorType}, for failures that are not the caller's fault. */
public enum ServiceErrorType implements ErrorClassification {

	/** The graph database cannot be reached; the same request may work shortly. */
	SERVICE_UNAVAILABLE,

	/** The request ran past its time limit and its database work was stopped. */
	TIMEOUT,

	/** A write met another write of the same data; nothing of it was written, and it may be sent again. */
	CONFLICT

}
