package wales.councilaudit.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.style.Styler;

/**
 * The report's two charts, drawn with XChart as SVG: the share of councils at each star rating (as Figure 6 of the
 * Digital Baseline report draws it), and the direction of travel across runs (as Figure 7 does: how many councils
 * went up, stayed or went down against their previous result). The same figures go into the tables that are each
 * chart's text alternative. XChart stays inside this class.
 */
final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 400;
    private static final Color BLUE = new Color(0x0b, 0x4f, 0x9c);
    private static final Color GREEN = new Color(0x0a, 0x5c, 0x1e);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color RED = new Color(0xa1, 0x00, 0x0e);

    /**
     * One bar of the star distribution.
     *
     * @param label "1 of 4 stars"
     * @param count councils with that star
     * @param share the percentage of the councils scored, as text ("27%")
     */
    record StarBar(String label, int count, String share) {}

    /**
     * One step of the direction of travel: a run against each council's previous result.
     *
     * @param label the run's date
     */
    record TrendStep(String label, int up, int same, int down) {}

    private Charts() {}

    static List<StarBar> starBars(RunSummary run, Messages t) {
        int[] counts = new int[5];
        run.councils().forEach(c -> c.overall().ifPresent(s -> counts[s]++));
        int scored = counts[1] + counts[2] + counts[3] + counts[4];
        List<StarBar> bars = new ArrayList<>();
        for (int stars = 1; stars <= 4; stars++) {
            long share = scored == 0 ? 0 : Math.round(100.0 * counts[stars] / scored);
            bars.add(new StarBar(t.get("stars.of", stars), counts[stars], share + "%"));
        }
        return bars;
    }

    static List<TrendStep> trendSteps(RunHistory history) {
        List<RunSummary> runs = history.all();
        List<TrendStep> steps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            RunHistory upTo = new RunHistory(runs.get(i), runs.subList(0, i));
            int up = 0;
            int same = 0;
            int down = 0;
            for (LeagueTable.Row row : LeagueTable.of(upTo)) {
                switch (row.trend()) {
                    case "up" -> up++;
                    case "down" -> down++;
                    case "same" -> same++;
                    default -> {}
                }
            }
            steps.add(new TrendStep(runs.get(i).run().start().toString().substring(0, 10), up, same, down));
        }
        return steps;
    }

    static void writeStars(Path file, List<StarBar> bars, Messages t) throws IOException {
        CategoryChart chart = chart(t.get("chart.stars.title"), t.get("chart.stars.rating"), t.get("chart.stars.axis"));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {BLUE});
        chart.getStyler().setYAxisMax(100.0);
        int scored = bars.stream().mapToInt(StarBar::count).sum();
        List<String> x = bars.stream().map(StarBar::label).toList();
        List<Number> y = bars.stream()
                .map(b -> (Number) (scored == 0 ? 0.0 : 100.0 * b.count() / scored))
                .toList();
        chart.addSeries(t.get("chart.stars.share"), x, y);
        save(chart, file);
    }

    static void writeTrend(Path file, List<TrendStep> steps, Messages t) throws IOException {
        CategoryChart chart = chart(t.get("chart.trend.title"), t.get("chart.trend.run"), t.get("chart.trend.axis"));
        chart.getStyler().setSeriesColors(new Color[] {GREEN, GREY, RED});
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        List<String> x = steps.stream().map(TrendStep::label).toList();
        chart.addSeries(
                t.get("trend.series.up"),
                x,
                steps.stream().map(s -> (Number) s.up()).toList());
        chart.addSeries(
                t.get("trend.series.same"),
                x,
                steps.stream().map(s -> (Number) s.same()).toList());
        chart.addSeries(
                t.get("trend.series.down"),
                x,
                steps.stream().map(s -> (Number) s.down()).toList());
        save(chart, file);
    }

    private static CategoryChart chart(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartFontColor(Color.BLACK);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setLocale(Locale.ROOT);
        return chart;
    }

    private static void save(CategoryChart chart, Path file) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(), VectorGraphicsFormat.SVG);
    }
}
