namespace DocArchive.Ingest.Extraction;

/// <summary>
/// The canonical extraction record of one document (docs/domain.md#the-record): its type, the document-level values, one entry per
/// person, and the evidence of every value keyed by field (<see cref="FieldKeys"/>: <c>name</c>, or <c>persons[1].name</c> for
/// later persons; <c>finding</c> for what an inspection found about a person; <c>positions[0].title</c> for an RPTKA's positions).
/// </summary>
public sealed record ExtractionRecord
{
    /// <summary>The file the record was read from, as given on the command line; null for stored documents.</summary>
    public string? File { get; init; }

    /// <summary>One of <see cref="DocumentTypes"/>.</summary>
    public string DocumentType { get; init; } = DocumentTypes.Other;

    public double DocumentTypeConfidence { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    public string? Employer { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<PersonRecord> Persons { get; init; } = [];

    /// <summary>An RPTKA's approved positions, one per row of its table, read from their <c>positions[i].…</c> fields.</summary>
    public IReadOnlyList<PositionRecord> Positions => PositionRecord.FromFields(Fields.Select(f => KeyValuePair.Create(f.Key, f.Value.Value)));

    public IReadOnlyDictionary<string, FieldEvidence> Fields { get; init; } = new Dictionary<string, FieldEvidence>();

    /// <summary>Fields on which a valid MRZ and a printed label disagreed, with both values.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];

    /// <summary>Check digits of machine-readable zones that fail, with the field each guards, for an officer to review.</summary>
    public IReadOnlyList<MrzFailure> MrzFailures { get; init; } = [];
}
