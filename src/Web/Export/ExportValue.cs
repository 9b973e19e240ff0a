using System.Globalization;

namespace DocArchive.Web.Export;

/// <summary>
/// A value as exported, with where it came from: the confidence (0 to 1), page (1-based) and source of the machine's
/// reading, or <see cref="CorrectionSource"/> for an officer's value; null where unknown.
/// </summary>
public sealed record ExportValue(string? Value, double? Confidence, int? Page, string? Source)
{
    /// <summary>The source of a value an officer corrected; its page is the one the machine read it on.</summary>
    public const string CorrectionSource = "correction";

    /// <summary>The cells each extracted value fills, after its own column: <c>_confidence</c>, <c>_page</c>, <c>_source</c>.</summary>
    public static readonly IReadOnlyList<string> ProvenanceSuffixes = ["_confidence", "_page", "_source"];

    /// <summary>The value's cell followed by its provenance cells, in the order of <see cref="ProvenanceSuffixes"/>.</summary>
    public void AppendTo(List<string?> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.Add(Value);
        row.Add(Confidence?.ToString("0.00", CultureInfo.InvariantCulture));
        row.Add(Page?.ToString(CultureInfo.InvariantCulture));
        row.Add(Source);
    }
}
