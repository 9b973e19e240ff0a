namespace DocArchive.Ingest.Model;

/// <summary>
/// A person the archive knows, linked to every document that names them (<see cref="PersonDocument"/>). Documents with
/// the same normalised passport number are the same person; without one, only an exact name, nationality and date of
/// birth links a document to a person (<see cref="Register.Persons.PersonLinker"/>).
/// </summary>
public sealed class Person
{
    public const int NameMaxLength = 200;

    public const int PassportNumberMaxLength = 32;

    public const int NationalityMaxLength = 8;

    public Guid Id { get; set; }

    /// <summary>The name as first read (upper case); null when the first document gave only a passport number.</summary>
    public string? Name { get; set; }

    /// <summary>The normalised passport number; unique among persons.</summary>
    public string? PassportNumber { get; set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Nationality { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>
    /// The person an officer merged this one into (<see cref="PersonDecision"/>): this person's documents count under that
    /// one, and a document read again that names this person is linked there too. Null while the person stands alone.
    /// </summary>
    public Guid? MergedIntoId { get; set; }

    public List<PersonDocument> Documents { get; } = [];
}
