package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserProfilesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedProfilesAreTheBrowserProfileConstants() throws Exception {
        assertThat(BrowserProfiles.find(BrowserProfiles.DEFAULT_FOLDER, "desktop"))
                .isEqualTo(BrowserProfile.DESKTOP);
        assertThat(BrowserProfiles.find(BrowserProfiles.DEFAULT_FOLDER, "mobile"))
                .isEqualTo(BrowserProfile.MOBILE);
        assertThat(BrowserProfiles.grid(BrowserProfiles.DEFAULT_FOLDER)).isEmpty();
    }

    @Test
    void theBundledCopiesAreTheTopLevelFilesByteForByte() throws Exception {
        for (String file : new String[] {"desktop.yaml", "mobile.yaml", "grid.yaml"}) {
            try (InputStream in =
                    getClass().getClassLoader().getResourceAsStream("wales/councilaudit/browser/" + file)) {
                assertThat(in).as(file).isNotNull();
                assertThat(in.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(Path.of("browsers", file)));
            }
        }
    }

    @Test
    void withNoFolderTheBundledProfilesAreUsed() throws Exception {
        Path none = dir.resolve("no-such-folder");
        assertThat(BrowserProfiles.find(none, "mobile")).isEqualTo(BrowserProfile.MOBILE);
        assertThat(BrowserProfiles.grid(none)).isEmpty();
    }

    @Test
    void aUsersCopyIsFoundByNameOrPathAndNamedForItsFile() throws Exception {
        Path tablet = write("tablet.yaml", "width: 820\nheight: 1180\npixel-ratio: 2\nmobile: true\n");
        BrowserProfile expected = new BrowserProfile("tablet", 820, 1180, 2.0, true, "");
        assertThat(BrowserProfiles.find(dir, "tablet")).isEqualTo(expected);
        assertThat(BrowserProfiles.find(dir, tablet.toString())).isEqualTo(expected);
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThatThrownBy(() -> BrowserProfiles.find(dir, "watch"))
                .isInstanceOf(BrowserConfigException.class)
                .hasMessageContaining("no browser profile of that name");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() throws Exception {
        Path file = write("desk.yaml", "# a comment\nwidth: 1366\nwidht: 768\nheight: 768\n");
        assertThatThrownBy(() -> BrowserProfiles.load(file))
                .isInstanceOf(BrowserConfigException.class)
                .hasMessage(file + ":3: unknown key 'widht' (known: height, mobile, pixel-ratio, user-agent, width)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            width: 100                 | 1 | width: expected a whole number from 200 to 4000, got '100'
            width: '1366'              | 1 | width: expected a whole number from 200 to 4000, got '1366' as text (write it without quotes)
            width: 13.5                | 1 | width: expected a whole number from 200 to 4000, got '13.5'
            pixel-ratio: 0             | 3 | pixel-ratio: expected a number more than 0.0 and at most 5.0, got '0'
            pixel-ratio: 6             | 3 | pixel-ratio: expected a number more than 0.0 and at most 5.0, got '6'
            mobile: maybe              | 4 | mobile: expected true or false, got 'maybe'
            mobile:                    | 4 | mobile: expected true or false, got nothing
            user-agent: 42             | 5 | user-agent: expected text, got '42'
            width: [1, 2]              | 1 | width: expected a single value
            """)
    void aBadValueIsRefusedWithItsLine(String replacement, int line, String problem) throws Exception {
        String good = "width: 1366\nheight: 768\npixel-ratio: 1\nmobile: false\nuser-agent: \"\"\n";
        String key = replacement.substring(0, replacement.indexOf(':'));
        String yaml = good.replaceFirst("(?m)^" + key + ":.*$", java.util.regex.Matcher.quoteReplacement(replacement));
        assertThatThrownBy(() -> BrowserProfiles.parse(yaml.getBytes(StandardCharsets.UTF_8), "p", "p.yaml"))
                .isInstanceOfSatisfying(BrowserConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }

    @Test
    void aMissingKeyADuplicateKeyAndBrokenYamlAreRefused() {
        assertThatThrownBy(() -> parse("width: 1366\npixel-ratio: 1\nmobile: false\n"))
                .hasMessage("p.yaml: missing key 'height'");
        assertThatThrownBy(() -> parse("width: 1366\nheight: 768\nwidth: 1\n"))
                .hasMessage("p.yaml:3: duplicate key 'width' (first at line 1)");
        assertThatThrownBy(() -> parse("- width\n- height\n"))
                .hasMessage("p.yaml:1: expected a mapping of keys to values");
        assertThatThrownBy(() -> parse("width: \"1366\nheight: 768\n"))
                .hasMessageStartingWith("p.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void theGridFileNamesAnHttpUrlOrNothing() throws Exception {
        assertThat(BrowserProfiles.parseGrid(bytes("url: http://grid.local:4444/wd/hub\n"), "g.yaml"))
                .contains(URI.create("http://grid.local:4444/wd/hub"));
        assertThat(BrowserProfiles.parseGrid(bytes("# nothing\nurl:\n"), "g.yaml"))
                .isEmpty();
        assertThat(BrowserProfiles.parseGrid(bytes(""), "g.yaml")).isEmpty();
        assertThatThrownBy(() -> BrowserProfiles.parseGrid(bytes("\nurl: ftp://grid/\n"), "g.yaml"))
                .hasMessage("g.yaml:2: url: expected an http(s) URL such as http://127.0.0.1:4444, got 'ftp://grid/'");
        assertThatThrownBy(() -> BrowserProfiles.parseGrid(bytes("hub: http://grid/\n"), "g.yaml"))
                .hasMessage("g.yaml:1: unknown key 'hub' (known: url)");
    }

    @Test
    void theGridFileIsReadFromTheFolder() throws Exception {
        write("grid.yaml", "url: https://grid.example.test\n");
        assertThat(BrowserProfiles.grid(dir)).contains(URI.create("https://grid.example.test"));
    }

    private static BrowserProfile parse(String yaml) throws BrowserConfigException {
        return BrowserProfiles.parse(bytes(yaml), "p", "p.yaml");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
