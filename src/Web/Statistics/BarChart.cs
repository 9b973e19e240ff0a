using System.Globalization;

namespace DocArchive.Web.Statistics;

/// <summary>
/// A horizontal bar chart drawn as SVG on the server (<c>_BarChart.cshtml</c>), with the same numbers in a table beside
/// it: the label column on the left, bars scaled to the largest value, each value written after its bar. Coordinates are
/// in the SVG's own units, written with a dot whatever the page's language.
/// </summary>
public sealed record BarChart(string Id, string Title, string LabelHeading, IReadOnlyList<ChartBar> Bars, int NotShown = 0)
{
    public const int Width = 640;

    private const int LabelWidth = 220;

    private const int BarArea = 340;

    private const int RowHeight = 24;

    private const int BarHeight = 16;

    private const int LabelLength = 30;

    private int Largest => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    public string Height => Number(Math.Max(1, Bars.Count) * RowHeight + 8);

    public static string LabelX => Number(LabelWidth - 8);

    public static string BarX => Number(LabelWidth);

    public static string BarThickness => Number(BarHeight);

    /// <summary>The top of the bar in row <paramref name="row"/>.</summary>
    public static string BarY(int row) => Number(4 + (row * RowHeight) + ((RowHeight - BarHeight) / 2.0));

    /// <summary>The baseline of the texts of row <paramref name="row"/>.</summary>
    public static string TextY(int row) => Number(4 + (row * RowHeight) + (RowHeight / 2.0) + 4);

    public string BarWidth(ChartBar bar) => Number(Length(bar));

    /// <summary>Where the value is written: just after the end of its bar.</summary>
    public string ValueX(ChartBar bar) => Number(LabelWidth + Length(bar) + 6);

    /// <summary>The label as the chart shows it: cut with an ellipsis when long (the table and the tooltip give it whole).</summary>
    public static string ShortLabel(ChartBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return bar.Label.Length <= LabelLength ? bar.Label : bar.Label[..(LabelLength - 1)] + "…";
    }

    /// <summary>The bar's length: the largest value fills the bar area; any value above zero shows at least a sliver.</summary>
    private double Length(ChartBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return Largest == 0 ? 0 : Math.Max(bar.Value > 0 ? 1 : 0, (double)bar.Value * BarArea / Largest);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
