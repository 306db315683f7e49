/**
 * The mobile stage (issue 5, item 7): checks run on the mobile browser profile (390×844 CSS px, touch) against a
 * page a {@link org.openqa.selenium.WebDriver} shows: the meta viewport ({@link
 * wales.councilaudit.mobile.ViewportParser}), horizontal overflow with the widest offending element and a full-page
 * screenshot as evidence, and the share of legible text ({@link wales.councilaudit.mobile.MobileProbe}); axe-core's
 * {@code target-size} counts come in from the accessibility stage ({@link
 * wales.councilaudit.mobile.TargetSizeCount}). {@link wales.councilaudit.mobile.MobileSite} turns a site's pages
 * into {@link wales.councilaudit.scoring.MobileFacts} for the pure mobile score.
 *
 * <p>Every record here is immutable and thread-safe; no method accepts or returns {@code null}. Selenium's types
 * appear only in {@link wales.councilaudit.mobile.MobileProbe} and {@link wales.councilaudit.mobile.Screenshots}.
 */
package wales.councilaudit.mobile;
