namespace DocArchive.Search.Indexing;

/// <summary>A person named in a document, with the values extracted about them; null where absent.</summary>
/// <param name="Name">The name as normalised (upper case, surname first where the document says so).</param>
/// <param name="PassportNumber">The normalised passport number.</param>
/// <param name="Nationality">ISO 3166-1 alpha-3.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="Employer">The person's employer as printed (falls back to the document's).</param>
/// <param name="PermitNumber">The stay or work permit number.</param>
/// <param name="PermitExpiry">The end of the person's permit (never an RPTKA's approval period).</param>
/// <param name="PersonId">The catalog person this entry is linked to; null when the document was not linked.</param>
/// <param name="Position">The job title.</param>
/// <param name="PermitIssued">The date the permit was issued.</param>
/// <param name="PassportExpiry">The expiry of the person's passport (from its MRZ or data page).</param>
public sealed record IndexedPerson(
    string Name,
    string? PassportNumber = null,
    string? Nationality = null,
    DateOnly? DateOfBirth = null,
    string? Employer = null,
    string? PermitNumber = null,
    DateOnly? PermitExpiry = null,
    Guid? PersonId = null,
    string? Position = null,
    DateOnly? PermitIssued = null,
    DateOnly? PassportExpiry = null);
