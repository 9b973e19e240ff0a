using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Text;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// Links each person of a document's record to a catalog person, by these rules:
/// <list type="bullet">
/// <item>the same normalised passport number is the same person;</item>
/// <item>a record with a passport number that no person has yet takes over the person without a passport number who has
/// exactly its name, nationality and date of birth (so the result does not depend on which document came first);</item>
/// <item>a record without a passport number is linked on an exact name, nationality and date of birth: to the person of
/// that identity without a passport number, else to the one person with a passport who has it;</item>
/// <item>anything else, a name alone above all, is a new person.</item>
/// </list>
/// Known values a person lacks (nationality, date of birth) are filled in from the record; none is overwritten. A person
/// an officer merged into another (<see cref="Person.MergedIntoId"/>) stays the person its values match, and the document
/// counts under the person it was merged into; identity links look only at persons not merged.
/// </summary>
internal static class PersonLinker
{
    /// <summary>Adds the document's links, and the persons that are new, to <paramref name="db"/>'s change tracker.</summary>
    public static async Task<IReadOnlyList<PersonDocument>> LinkAsync(
        CatalogDbContext db, Guid documentId, IReadOnlyList<PersonRecord> persons, CancellationToken cancellationToken)
    {
        var links = new List<PersonDocument>();
        var linked = new List<Person>();
        for (var index = 0; index < persons.Count; index++)
        {
            var record = persons[index];
            var identity = PersonIdentity.Of(record);
            var person = await FindAsync(db, identity, linked, cancellationToken);
            if (person is null)
            {
                person = new Person { Id = Guid.CreateVersion7() };
                db.Persons.Add(person);
            }

            if (!linked.Contains(person))
            {
                linked.Add(person);
            }

            person.Name ??= identity.Name;
            person.PassportNumber ??= identity.PassportNumber;
            person.Nationality ??= identity.Nationality;
            person.DateOfBirth ??= identity.DateOfBirth;
            var employer = CatalogText.Clip(record.Employer, Document.EmployerMaxLength);
            var link = new PersonDocument
            {
                DocumentId = documentId,
                Index = index,
                PersonId = (await SurvivorAsync(db, person, cancellationToken)).Id,
                MatchedPersonId = person.Id,
                Name = identity.Name,
                PassportNumber = identity.PassportNumber,
                Nationality = identity.Nationality,
                DateOfBirth = record.DateOfBirth,
                Employer = employer,
                EmployerKey = EmployerKey(employer),
                Position = CatalogText.Clip(record.Position, PersonDocument.PositionMaxLength),
                PermitNumber = CatalogText.Clip(record.PermitNumber, PersonDocument.PermitNumberMaxLength),
                IssueDate = record.IssueDate,
                ExpiryDate = record.ExpiryDate,
                PassportExpiry = record.PassportExpiry,
            };
            db.PersonDocuments.Add(link);
            links.Add(link);
        }

        return links;
    }

    /// <summary>The person <paramref name="person"/> was merged into, through every later merge; the person itself when it stands alone.</summary>
    public static async Task<Person> SurvivorAsync(CatalogDbContext db, Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        var seen = new HashSet<Guid> { person.Id };
        while (person.MergedIntoId is { } into && seen.Add(into))
        {
            person = db.Persons.Local.FirstOrDefault(p => p.Id == into)
                ?? await db.Persons.FirstOrDefaultAsync(p => p.Id == into, cancellationToken)
                ?? person;
        }

        return person;
    }

    /// <summary>
    /// Removes those of <paramref name="personIds"/> that no document names any more (none counts under them, none
    /// matches them); their decisions go with them. Call it after the links are deleted.
    /// </summary>
    public static async Task RemoveUnlinkedAsync(CatalogDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count > 0)
        {
            await db.Persons
                .Where(p => personIds.Contains(p.Id) && !db.PersonDocuments.Any(l => l.PersonId == p.Id || l.MatchedPersonId == p.Id))
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>The comparison key of an employer's printed name; null when nothing is left of it.</summary>
    public static string? EmployerKey(string? employer) =>
        CatalogText.Clip(CompanyNames.Key(employer), Document.EmployerMaxLength) is { Length: > 0 } key ? key : null;

    /// <summary>
    /// The person of <paramref name="identity"/> among the persons this document already linked (whose values may be
    /// new, not saved yet) and the catalog's.
    /// </summary>
    private static async Task<Person?> FindAsync(
        CatalogDbContext db, PersonIdentity identity, List<Person> linked, CancellationToken cancellationToken)
    {
        var byPassport = new List<Person>();
        if (identity.PassportNumber is { } passport)
        {
            byPassport.AddRange(linked.Where(p => p.PassportNumber == passport));
            byPassport.AddRange(await db.Persons.Where(p => p.PassportNumber == passport).ToListAsync(cancellationToken));
        }

        var byIdentity = new List<Person>();
        if (byPassport.Count == 0 && identity.HasFullIdentity)
        {
            byIdentity.AddRange(linked.Where(identity.SameTriple));

            // The passport-less person of the identity first; two with a passport are enough to know it is ambiguous.
            byIdentity.AddRange(await db.Persons
                .Where(p => p.Name == identity.Name && p.Nationality == identity.Nationality && p.DateOfBirth == identity.DateOfBirth && p.MergedIntoId == null)
                .OrderBy(p => p.PassportNumber == null ? 0 : 1)
                .ThenBy(p => p.Id)
                .Take(2)
                .ToListAsync(cancellationToken));
            byIdentity = [.. byIdentity.Distinct().Where(identity.SameTriple)];
        }

        if (byPassport.Count > 0)
        {
            return byPassport[0];
        }

        var withoutPassport = byIdentity.FirstOrDefault(p => p.PassportNumber is null);
        if (identity.PassportNumber is not null || withoutPassport is not null)
        {
            return withoutPassport;
        }

        return byIdentity.Count == 1 ? byIdentity[0] : null;
    }
}
