package wales.councilaudit.browser;

import org.openqa.selenium.WebDriverException;

/** Thrown by a guarded driver asked to submit a form to a host off the {@link SubmitGuard}'s allow-list. */
public final class SubmissionRefusedException extends WebDriverException {
    private static final long serialVersionUID = 1L;

    SubmissionRefusedException(String message) {
        super(message);
    }
}
