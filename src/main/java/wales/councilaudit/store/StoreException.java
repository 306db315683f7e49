package wales.councilaudit.store;

/** The store could not be opened, migrated, read or written; the message names the database and the action. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
