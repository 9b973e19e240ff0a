using DocArchive.Ingest.Model;
using DocArchive.Web.Corrections;

namespace DocArchive.Web.Documents;

/// <summary>
/// One field of a document as its page shows it, once: its label and person (1-based; null for the document's own
/// values), the machine's reading (null when it read nothing there, e.g. a failing MRZ check), the page it was read on,
/// the readings it was kept over, the officer's correction, and whether it waits in the review queue.
/// </summary>
public sealed record FieldRow(
    string Key,
    string Label,
    int? Person,
    int? Page,
    ExtractedField? Machine,
    IReadOnlyList<ExtractedConflict> Conflicts,
    FieldCorrection? Correction,
    bool ToReview)
{
    public string Anchor => FieldAnchor.Of(Key);

    /// <summary>The value in force: the officer's, else the machine's.</summary>
    public string? Value => Correction?.Value ?? Machine?.Value;

    /// <summary>Whether an officer may correct it: a value of the record, not an RPTKA position or a finding.</summary>
    public bool Correctable => FieldKey.TryParse(Key, out _);
}
