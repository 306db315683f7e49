/** What every configuration file reader shares: the {@code FILE:LINE: problem} error. */
package wales.councilaudit.config;
