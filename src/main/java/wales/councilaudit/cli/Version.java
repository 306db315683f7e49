package wales.councilaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The product's version, from the build. */
public final class Version implements IVersionProvider {

    private static final String VERSION = read();

    public static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"council-audit " + VERSION};
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/wales/councilaudit/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String v = properties.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
