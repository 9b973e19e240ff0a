using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Model;

/// <summary>
/// One value of a document's extraction record as the machine read it, keyed by the record's field key
/// (<c>name</c>, <c>employer</c>, <c>persons[1].passportNumber</c>): where it was read and how sure the reading is.
/// (document, key) identifies it across runs, so a correction can be kept beside it in a table of its own.
/// </summary>
public sealed class ExtractedField
{
    public const int KeyMaxLength = 64;

    public const int ValueMaxLength = 1000;

    public Guid DocumentId { get; set; }

    public required string Key { get; set; }

    /// <summary>The normalised value (ISO dates, alpha-3 nationalities, compact passport numbers).</summary>
    public required string Value { get; set; }

    /// <summary>0 to 1.</summary>
    public double Confidence { get; set; }

    /// <summary>1-based.</summary>
    public int Page { get; set; }

    /// <summary>The box of the words the value was read from, in the page's units; null when it has none (an MRZ).</summary>
    public double? BoxLeft { get; set; }

    public double? BoxTop { get; set; }

    public double? BoxWidth { get; set; }

    public double? BoxHeight { get; set; }

    /// <summary>One of <see cref="FieldSources"/>: label, table, mrz or pattern.</summary>
    public required string Source { get; set; }

    public BoundingBox? Box => BoxLeft is { } left && BoxTop is { } top && BoxWidth is { } width && BoxHeight is { } height
        ? new BoundingBox(left, top, width, height)
        : null;

    public FieldEvidence ToEvidence() => new(Value, Confidence, Page, Source, Box);

    public static ExtractedField From(Guid documentId, string key, FieldEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(evidence);
        return new ExtractedField
        {
            DocumentId = documentId,
            Key = key,
            Value = CatalogText.Clip(evidence.Value, ValueMaxLength),
            Confidence = evidence.Confidence,
            Page = evidence.Page,
            BoxLeft = evidence.Box?.Left,
            BoxTop = evidence.Box?.Top,
            BoxWidth = evidence.Box?.Width,
            BoxHeight = evidence.Box?.Height,
            Source = evidence.Source,
        };
    }
}
