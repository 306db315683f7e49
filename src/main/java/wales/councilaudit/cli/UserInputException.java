package wales.councilaudit.cli;

/** Input the user must fix (an option, a file); ends the command with exit status 2 and this message. */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
