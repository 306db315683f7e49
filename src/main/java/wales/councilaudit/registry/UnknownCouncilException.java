package wales.councilaudit.registry;

import java.util.List;

/** A council id that the registry does not hold: bad input from the user. */
public final class UnknownCouncilException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownCouncilException(String source, List<String> ids) {
        super("no council with id " + String.join(", ", ids) + " in " + source
                + " (council-audit councils lists the ids)");
    }
}
