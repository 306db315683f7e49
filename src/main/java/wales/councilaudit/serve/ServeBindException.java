package wales.councilaudit.serve;

/** The dashboard could not listen on the address and port asked for (in use, not this machine's, not allowed). */
public final class ServeBindException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServeBindException(String message, Throwable cause) {
        super(message, cause);
    }
}
