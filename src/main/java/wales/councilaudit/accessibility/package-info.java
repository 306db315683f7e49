/**
 * The accessibility stage (issue 5, items 3 to 6 and part of 8): axe-core injected into every frame of a page, a
 * keyboard probe for what axe cannot find (a keyboard trap, focus with no visible change, a skip link), the cookie
 * banner's two views of the home page, de-duplication of findings across a council's pages by fingerprint, and the
 * mapping of a site's findings to {@link wales.councilaudit.scoring.AccessibilityFacts}.
 *
 * <p>Every scanner is a function of a Selenium {@code WebDriver} and a page address, so that it plugs into the browser
 * stage's session pool as a unit of page work. axe-core's JSON stays inside this package: the rest of the product sees
 * {@link wales.councilaudit.accessibility.Finding} records. No method accepts or returns {@code null}.
 */
package wales.councilaudit.accessibility;
