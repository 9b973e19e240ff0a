namespace DocArchive.Ingest.Extraction;

/// <summary>One person named in a document, every value normalised as docs/domain.md#formats says, null where absent.</summary>
public sealed record PersonRecord
{
    public string? Name { get; init; }

    public string? PassportNumber { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Nationality { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? Position { get; init; }

    public string? PermitNumber { get; init; }

    public DateOnly? IssueDate { get; init; }

    /// <summary>The end of the person's permit (never the passport's expiry).</summary>
    public DateOnly? ExpiryDate { get; init; }

    /// <summary>The passport's own expiry, from its MRZ or data page.</summary>
    public DateOnly? PassportExpiry { get; init; }

    /// <summary>The person's employer, falling back to the document's.</summary>
    public string? Employer { get; init; }
}
