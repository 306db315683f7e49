package wales.councilaudit.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads browser profiles ({@code browsers/desktop.yaml}, {@code browsers/mobile.yaml}, or a user's copy) and the
 * Grid file ({@code browsers/grid.yaml}), checking them completely: unknown keys, missing keys and bad values each
 * give a {@link BrowserConfigException} naming the file and line. A profile's name is its file's name without
 * {@code .yaml}. Copies of the shipped files are bundled on the classpath and used when the folder is absent or
 * lacks the file asked for. Stateless and thread-safe.
 */
public final class BrowserProfiles {

    /** The folder the product looks in by default, relative to the working directory. */
    public static final Path DEFAULT_FOLDER = Path.of("browsers");

    /** The Grid file's name in the folder. */
    public static final String GRID_FILE = "grid.yaml";

    private static final String BUNDLED_FOLDER = "wales/councilaudit/browser/";
    private static final Set<String> PROFILE_KEYS = Set.of("width", "height", "pixel-ratio", "mobile", "user-agent");
    private static final Set<String> GRID_KEYS = Set.of("url");

    private BrowserProfiles() {}

    /**
     * A profile by name or by file. {@code nameOrFile} is a file when it ends in {@code .yaml} or {@code .yml} or
     * holds a path separator; otherwise it is a name, looked up as {@code folder/NAME.yaml} and then among the
     * bundled copies.
     *
     * @param folder the profiles folder (usually {@link #DEFAULT_FOLDER}); need not exist
     * @throws BrowserConfigException when no such profile exists or its file is invalid
     */
    public static BrowserProfile find(Path folder, String nameOrFile) throws BrowserConfigException {
        String lower = nameOrFile.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || nameOrFile.contains("/")) {
            return load(Path.of(nameOrFile));
        }
        Path file = folder.resolve(nameOrFile + ".yaml");
        if (BrowserProfile.isValidName(nameOrFile) && Files.isRegularFile(file)) {
            return load(file);
        }
        return bundled(nameOrFile);
    }

    /** Reads a profile file; its name is the file's name without the extension. */
    public static BrowserProfile load(Path file) throws BrowserConfigException {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        String name = fileName.replaceFirst("\\.ya?ml$", "");
        return parse(read(file), name, file.toString());
    }

    /**
     * A profile shipped with the product: {@code desktop} or {@code mobile}.
     *
     * @throws BrowserConfigException when no bundled profile has that name
     */
    public static BrowserProfile bundled(String name) throws BrowserConfigException {
        if (!BrowserProfile.isValidName(name) || name.equals("grid")) {
            throw new BrowserConfigException(name, 0, "no browser profile of that name (bundled: desktop, mobile)");
        }
        byte[] yaml = bundledBytes(name + ".yaml")
                .orElseThrow(() -> new BrowserConfigException(
                        name, 0, "no browser profile of that name (bundled: desktop, mobile)"));
        return parse(yaml, name, "bundled profile " + BUNDLED_FOLDER + name + ".yaml");
    }

    /**
     * Parses and checks a profile.
     *
     * @param name the profile's name (lower-case letters, digits and hyphens)
     * @param source names the input in messages
     */
    public static BrowserProfile parse(byte[] yaml, String name, String source) throws BrowserConfigException {
        if (!BrowserProfile.isValidName(name)) {
            throw new BrowserConfigException(
                    source, 0, "a profile's file name must be lower-case letters, digits and hyphens: " + name);
        }
        FlatYaml doc = FlatYaml.read(yaml, source, PROFILE_KEYS);
        int width = doc.integer("width", BrowserProfile.MIN_SIZE, BrowserProfile.MAX_SIZE);
        int height = doc.integer("height", BrowserProfile.MIN_SIZE, BrowserProfile.MAX_SIZE);
        double ratio = doc.number("pixel-ratio", 0, BrowserProfile.MAX_PIXEL_RATIO);
        boolean mobile = doc.bool("mobile");
        String userAgent = doc.optionalText("user-agent");
        if (userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw doc.problem("user-agent", "must be printable ASCII on one line");
        }
        return new BrowserProfile(name, width, height, ratio, mobile, userAgent);
    }

    /**
     * The Grid named in {@code folder/grid.yaml}, or empty for local sessions (also when the file is absent, since
     * the bundled copy names none).
     */
    public static Optional<URI> grid(Path folder) throws BrowserConfigException {
        Path file = folder.resolve(GRID_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return parseGrid(read(file), file.toString());
    }

    /** Parses a Grid file: one optional key, {@code url}, an absolute http(s) URL. */
    public static Optional<URI> parseGrid(byte[] yaml, String source) throws BrowserConfigException {
        FlatYaml doc = FlatYaml.read(yaml, source, GRID_KEYS);
        String text = doc.optionalText("url");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BrowserSettings.checkGrid(new URI(text)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw doc.problem("url", "expected an http(s) URL such as http://127.0.0.1:4444, got '" + text + "'");
        }
    }

    private static byte[] read(Path file) throws BrowserConfigException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BrowserConfigException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new BrowserConfigException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private static Optional<byte[]> bundledBytes(String fileName) {
        try (InputStream in = BrowserProfiles.class.getClassLoader().getResourceAsStream(BUNDLED_FOLDER + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + BUNDLED_FOLDER + fileName, e);
        }
    }
}
