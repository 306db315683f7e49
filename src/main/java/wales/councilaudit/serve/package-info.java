/**
 * {@code council-audit serve}: the web dashboard (league table, council pages live from the store, run history and
 * a run's progress, a re-test form; English and Welsh) and the JSON API ({@code /api/...}, documented in {@code
 * openapi.yaml} beside this package's resources). Javalin's types stay inside this package; the pages are the
 * report's Pebble templates and models ({@link wales.councilaudit.report.LivePages}) with a layout of their own.
 * Reads need nothing; anything that starts work needs the API token.
 */
package wales.councilaudit.serve;
