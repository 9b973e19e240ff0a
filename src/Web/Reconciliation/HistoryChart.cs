using System.Globalization;
using DocArchive.Ingest.Register.Reconciliation;

namespace DocArchive.Web.Reconciliation;

/// <summary>
/// The counts of the last 24 months as a line chart drawn in SVG on the server (<c>_HistoryChart.cshtml</c>): one line per
/// source, the months along the bottom (every sixth labelled, and the last), the persons up the side from zero to the
/// largest count. Coordinates are in the SVG's own units, written with a dot whatever the page's language.
/// </summary>
public sealed record HistoryChart(IReadOnlyList<MonthCounts> Months)
{
    public const int Width = 640;

    public const int Height = 220;

    private const int Left = 44;

    private const int Right = 12;

    private const int Top = 10;

    private const int Bottom = 28;

    public static IReadOnlyList<ReconciliationSource> Sources { get; } = Enum.GetValues<ReconciliationSource>();

    /// <summary>The top of the scale: the largest count, at least 1, rounded up to a number easy to read.</summary>
    public int Scale
    {
        get
        {
            var largest = Math.Max(1, Months.Count == 0 ? 0 : Months.Max(m => m.Counts.Known));
            var step = Math.Pow(10, Math.Floor(Math.Log10(largest)));
            return (int)(Math.Ceiling(largest / step) * step);
        }
    }

    public static string Baseline => Number(Height - Bottom);

    public static string AxisLeft => Number(Left);

    public static string AxisRight => Number(Width - Right);

    public static string TopY => Number(Top);

    public static string LabelX => Number(Left - 6);

    public static string MonthY => Number(Height - Bottom + 16);

    /// <summary>The points of the line of <paramref name="source"/>: <c>x,y x,y ...</c>.</summary>
    public string Points(ReconciliationSource source) =>
        string.Join(' ', Months.Select((m, i) => $"{X(i)},{Y(m.Counts.Of(source))}"));

    public string X(int month) => Number(Left + (Months.Count <= 1 ? 0 : month * (double)(Width - Left - Right) / (Months.Count - 1)));

    public string Y(int persons) => Number(Height - Bottom - ((double)persons * (Height - Top - Bottom) / Scale));

    /// <summary>Whether the month at <paramref name="month"/> gets its label: every sixth from the last, which always does.</summary>
    public bool Labelled(int month) => (Months.Count - 1 - month) % 6 == 0;

    /// <summary>How a month's label stands to its point: the first starts there, the last ends there, the others are centred.</summary>
    public string Anchor(int month) => month == 0 ? "start" : month == Months.Count - 1 ? "end" : "middle";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
