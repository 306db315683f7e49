package wales.councilaudit.sandbox.site.styles;

import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.site.SiteStyle;

/** The style implementation for each profile style. */
public final class Styles {

    private Styles() {}

    public static SiteStyle of(CouncilProfile.SiteStyle style) {
        return switch (style) {
            case DRUPAL -> new DrupalStyle();
            case LEGACY -> new LegacyStyle();
            case WELSH_FIRST -> new WelshFirstStyle();
            case SHAREPOINT -> new SharePointStyle();
        };
    }
}
