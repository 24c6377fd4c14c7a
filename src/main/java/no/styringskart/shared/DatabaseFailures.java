package no.styringskart.shared;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells the database failures that are not the caller's fault apart, wherever they are wrapped. */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** Neo4j cannot be reached, or the connection went away: the same work may succeed shortly. */
	public static boolean unavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A write met another one: a uniqueness constraint another transaction's commit now violates, a deadlock, or
	 * the app's own writers taking turns ({@link WriteConflictException}).
	 */
	public static boolean conflict(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof WriteConflictException || t instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("ConstraintValidationFailed") || neo4j.code().contains("DeadlockDetected"))) {
				return true;
			}
		}
		return false;
	}

	/** The database stopped the transaction at its timeout. */
	public static boolean timedOut(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof QueryTimeoutException || t instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated"))) {
				return true;
			}
		}
		return false;
	}

}
