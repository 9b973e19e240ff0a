using System.Globalization;

namespace DocArchive.Web.Corrections;

/// <summary>A read page with its size in the units of its words' boxes (the SVG overlay's view box) and its fields.</summary>
public sealed record PageReview(int Number, double Width, double Height, IReadOnlyList<FieldReviewRow> Rows)
{
    public string ViewBox => $"0 0 {Length(Width)} {Length(Height)}";

    /// <summary>A length in SVG: invariant digits, whatever the interface's language.</summary>
    public static string Length(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
