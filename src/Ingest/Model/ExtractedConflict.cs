using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Model;

/// <summary>
/// A field on which two readings of a document disagreed (a valid MRZ against a printed label): the value kept, which
/// is the field's, and the one set aside, for an officer to review.
/// </summary>
public sealed class ExtractedConflict
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>The field key of the record (<c>passportNumber</c>, <c>persons[1].name</c>).</summary>
    public required string Key { get; set; }

    public required string Kept { get; set; }

    /// <summary>One of <see cref="FieldSources"/>.</summary>
    public required string KeptSource { get; set; }

    public required string Other { get; set; }

    /// <summary>One of <see cref="FieldSources"/>.</summary>
    public required string OtherSource { get; set; }

    public FieldConflict ToConflict() => new(Key, Kept, KeptSource, Other, OtherSource);
}
