using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Register.Persons;

/// <summary>What identifies a person of a record: the normalised passport number, or the exact name, nationality and date of birth.</summary>
internal sealed record PersonIdentity(string? Name, string? PassportNumber, string? Nationality, DateOnly? DateOfBirth)
{
    /// <summary>Whether name, nationality and date of birth are all known: only then may they link documents.</summary>
    public bool HasFullIdentity => Name is not null && Nationality is not null && DateOfBirth is not null;

    public static PersonIdentity Of(PersonRecord person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var passport = person.PassportNumber is { } printed
            ? new string([.. printed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)])
            : null;
        return new PersonIdentity(
            CatalogText.Clip(PersonNames.Normalise(person.Name), Person.NameMaxLength),
            passport is { Length: > 0 } ? CatalogText.Clip(passport, Person.PassportNumberMaxLength) : null,
            CatalogText.Clip(person.Nationality?.Trim().ToUpperInvariant(), Person.NationalityMaxLength),
            person.DateOfBirth);
    }

    public bool SameTriple(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return HasFullIdentity && person.Name == Name && person.Nationality == Nationality && person.DateOfBirth == DateOfBirth;
    }
}
