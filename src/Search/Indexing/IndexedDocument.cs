namespace DocArchive.Search.Indexing;

/// <summary>A document as the index sees it: what is searched and what a hit shows, with the values extracted from it.</summary>
public sealed record IndexedDocument(
    Guid Id,
    string FileName,
    string ContentType,
    DateTimeOffset UploadedAt,
    IReadOnlyList<IndexedPage> Pages)
{
    /// <summary>permit, rptka, minutes, field_report, passport or other; null before classification.</summary>
    public string? DocumentType { get; init; }

    /// <summary>The decision or letter number (e.g. <c>KEP.12345/PPTK/PTA/2024</c>).</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The document's employer as printed (e.g. <c>PT. SINAR BATU MINING Tbk</c>).</summary>
    public string? Employer { get; init; }

    /// <summary>The date the document was made or the visit took place.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>The place the document is about, as printed (e.g. <c>Kota Jambi</c>).</summary>
    public string? Location { get; init; }

    /// <summary>The persons the document is about.</summary>
    public IReadOnlyList<IndexedPerson> Persons { get; init; } = [];
}
