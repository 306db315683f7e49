package wales.councilaudit.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The councils to audit, in the order of their file.
 *
 * @param source where they were read from (a file path, or the bundled resource's name), for messages
 * @param councils the councils; ids are unique
 */
public record Registry(String source, List<Council> councils) {

    public Registry {
        councils = List.copyOf(councils);
    }

    public Optional<Council> find(String id) {
        return councils.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The councils with the given ids, in the order given; all of them when {@code ids} is empty.
     *
     * @throws UnknownCouncilException naming every id the registry does not have
     */
    public List<Council> select(List<String> ids) {
        if (ids.isEmpty()) {
            return councils;
        }
        List<Council> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresentOrElse(
                            c -> {
                                if (!chosen.contains(c)) {
                                    chosen.add(c);
                                }
                            },
                            () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownCouncilException(source, unknown);
        }
        return chosen;
    }
}
