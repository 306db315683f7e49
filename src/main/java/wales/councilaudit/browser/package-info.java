/**
 * The browser stage (issue 5): Chromium sessions driven by Selenium WebDriver, locally through Debian's ChromeDriver
 * or on a Selenium Grid, presenting a {@link wales.councilaudit.browser.BrowserProfile}. Selenium's types stay in
 * this package and in the stages that drive a page through it ({@code accessibility}, {@code mobile}, {@code
 * tasks}).
 */
package wales.councilaudit.browser;
