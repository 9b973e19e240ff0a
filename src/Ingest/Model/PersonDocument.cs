using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Model;

/// <summary>
/// A person named in a document, at <see cref="Index"/> in its record's persons, with the values as that document gives
/// them (the spelling, employer and permit of the day), linked to the catalog <see cref="Person"/>.
/// </summary>
public sealed class PersonDocument
{
    public const int PositionMaxLength = 200;

    public const int PermitNumberMaxLength = 64;

    public Guid DocumentId { get; set; }

    /// <summary>0-based, the person's place in the record (field keys <c>persons[Index].…</c> from 1 on).</summary>
    public int Index { get; set; }

    /// <summary>The person the document counts under: <see cref="MatchedPersonId"/>, or the person that one was merged into.</summary>
    public Guid PersonId { get; set; }

    /// <summary>
    /// The person the document's own values link to (<see cref="Register.Persons.PersonLinker"/>), before any merge: undoing
    /// a merge gives the document back to this person.
    /// </summary>
    public Guid MatchedPersonId { get; set; }

    public Person? Person { get; set; }

    public Document? Document { get; set; }

    public string? Name { get; set; }

    public string? PassportNumber { get; set; }

    public string? Nationality { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The employer as printed (the person's, falling back to the document's).</summary>
    public string? Employer { get; set; }

    /// <summary>The employer's comparison key (no legal form, punctuation or case).</summary>
    public string? EmployerKey { get; set; }

    public string? Position { get; set; }

    public string? PermitNumber { get; set; }

    public DateOnly? IssueDate { get; set; }

    /// <summary>The end of the permit (never the passport's expiry).</summary>
    public DateOnly? ExpiryDate { get; set; }

    public DateOnly? PassportExpiry { get; set; }

    public PersonRecord ToRecord() => new()
    {
        Name = Name,
        PassportNumber = PassportNumber,
        Nationality = Nationality,
        DateOfBirth = DateOfBirth,
        Position = Position,
        PermitNumber = PermitNumber,
        IssueDate = IssueDate,
        ExpiryDate = ExpiryDate,
        PassportExpiry = PassportExpiry,
        Employer = Employer,
    };
}
