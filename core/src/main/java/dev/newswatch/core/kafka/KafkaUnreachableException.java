package dev.newswatch.core.kafka;

/**
 * Kafka could not be reached in time: no broker answered at the bootstrap servers, or a read or an
 * acknowledgement did not come back before its deadline. The message names the servers and what was being
 * done. It is an {@link IllegalStateException} so that code which treats any failed Kafka call alike still
 * does; the command line tells it apart from other failures by this type.
 */
public final class KafkaUnreachableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be done and where, in words an operator can act on
     * @param cause   the client's own exception (a timeout), or null
     */
    public KafkaUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
