using System.Globalization;
using DocArchive.Search.Analysis;
using DocArchive.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DocArchive.Search.Indexing;

/// <summary>
/// Turns an <see cref="IndexedDocument"/> into its block of Lucene documents: one entry per person, then the
/// document's own entry, which also holds every person's name, numbers and employer so that a search finds the
/// document by them.
/// </summary>
internal static class DocumentMapper
{
    /// <summary>Identifiers are matched whole: no positions, no frequencies, no length norms.</summary>
    private static readonly FieldType IdentifierText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>
    /// A keyword (id, kind, joined name, employer key) indexed whole, like a string field, but through the analyzer
    /// (<see cref="TextAnalyzer"/> keeps it whole), whose token streams each indexing thread reuses.
    /// </summary>
    private static readonly FieldType Keyword = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static readonly FieldType StoredKeyword = Frozen(new FieldType(Keyword) { IsStored = true });

    /// <summary>A document's expiry when none of its persons has one: it sorts after every date.</summary>
    public const int NoExpiry = int.MaxValue;

    /// <summary>
    /// Body text without length norms (pages are about as long as each other, and a search that matches most of the
    /// archive then reads one list less per word), with each word's offsets in the postings, where snippets find them.
    /// </summary>
    private static readonly FieldType BodyText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public static Term IdTerm(Guid documentId) => new(IndexSchema.Id, IdText(documentId));

    public static string IdText(Guid documentId) => documentId.ToString("D", CultureInfo.InvariantCulture);

    public static IReadOnlyList<Document> Map(IndexedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var block = document.Persons.Select(p => Person(document, p)).ToList();
        block.Add(Parent(document));
        return block;
    }

    private static Document Parent(IndexedDocument document)
    {
        var id = IdText(document.Id);
        var result = new Document
        {
            new Field(IndexSchema.Id, id, StoredKeyword),
            new Field(IndexSchema.Kind, IndexSchema.DocumentKind, Keyword),
            new StoredField(IndexSchema.FileName, document.FileName),
        };
        foreach (var page in document.Pages.OrderBy(p => p.Number))
        {
            result.Add(new StoredField(IndexSchema.PageNumber, page.Number));
            result.Add(new StoredField(IndexSchema.PageText, page.Text));
            result.Add(new Field(IndexSchema.Text, page.Text, BodyText));
            AddIdentifier(result, page.Text);
        }

        if (document.DocumentType?.ToLowerInvariant() is { Length: > 0 } type)
        {
            result.Add(new StoredField(IndexSchema.DocumentType, type));
            result.Add(new SortedDocValuesField(IndexSchema.DocumentType, new BytesRef(type)));
        }

        var date = (document.DocumentDate ?? DateOnly.FromDateTime(document.UploadedAt.UtcDateTime)).DayNumber;
        result.Add(new StoredField(IndexSchema.Date, date));
        result.Add(new NumericDocValuesField(IndexSchema.Date, date));
        var uploaded = DateOnly.FromDateTime(document.UploadedAt.UtcDateTime).DayNumber;
        result.Add(new StoredField(IndexSchema.Uploaded, uploaded));
        result.Add(new NumericDocValuesField(IndexSchema.Uploaded, uploaded));
        AddIdentifier(result, document.DocumentNumber);
        var employer = document.Employer ?? document.Persons.Select(p => p.Employer).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        if (!string.IsNullOrWhiteSpace(employer))
        {
            result.Add(new StoredField(IndexSchema.Employer, employer));
            result.Add(new SortedDocValuesField(IndexSchema.Employer, new BytesRef(employer)));
        }

        AddCompany(result, document.Employer);
        foreach (var person in document.Persons)
        {
            AddPersonSearchFields(result, person);
            AddCompany(result, person.Employer);
        }

        AddKeys(result, IndexSchema.EmployerKey, document.Persons.Select(p => p.Employer).Append(document.Employer).Select(CompanyNames.Key), indexed: true);
        AddKeys(result, IndexSchema.Nationality, document.Persons.Select(p => p.Nationality?.ToUpperInvariant()), indexed: false);
        var expiries = document.Persons.Where(p => p.PermitExpiry is not null).Select(p => p.PermitExpiry!.Value.DayNumber).ToList();
        result.Add(new NumericDocValuesField(IndexSchema.Expiry, expiries.Count > 0 ? expiries.Min() : NoExpiry));
        return result;
    }

    private static Document Person(IndexedDocument document, IndexedPerson person)
    {
        var employer = string.IsNullOrWhiteSpace(person.Employer) ? document.Employer : person.Employer;
        var result = new Document
        {
            new Field(IndexSchema.Id, IdText(document.Id), Keyword),
            new Field(IndexSchema.Kind, IndexSchema.PersonKind, Keyword),
            new SortedDocValuesField(IndexSchema.PersonName, new BytesRef(person.Name)),
        };
        result.Add(new NumericDocValuesField(IndexSchema.PersonKey, PersonKeys.Of(person)));
        AddPersonSearchFields(result, person);
        AddCompany(result, employer);
        if (!string.IsNullOrWhiteSpace(employer))
        {
            result.Add(new SortedDocValuesField(IndexSchema.Employer, new BytesRef(employer)));
            AddKeys(result, IndexSchema.EmployerKey, [CompanyNames.Key(employer)], indexed: true);
        }

        if (person.Nationality?.ToUpperInvariant() is { Length: > 0 } nationality)
        {
            result.Add(new SortedSetDocValuesField(IndexSchema.Nationality, new BytesRef(nationality)));
        }

        if (person.PermitExpiry is { } expiry)
        {
            result.Add(new NumericDocValuesField(IndexSchema.Expiry, expiry.DayNumber));
        }

        if (person.PersonId is { } personId)
        {
            result.Add(new SortedDocValuesField(IndexSchema.PersonId, new BytesRef(personId.ToString("D", CultureInfo.InvariantCulture))));
        }

        if (!string.IsNullOrWhiteSpace(person.PassportNumber))
        {
            result.Add(new SortedDocValuesField(IndexSchema.Passport, new BytesRef(person.PassportNumber)));
        }

        return result;
    }

    private static void AddPersonSearchFields(Document result, IndexedPerson person)
    {
        result.Add(new TextField(IndexSchema.Name, NameForms.Normalized(person.Name), Field.Store.NO));
        foreach (var joined in NameForms.Joined(person.Name))
        {
            result.Add(new Field(IndexSchema.NameJoined, joined, Keyword));
        }

        AddIdentifier(result, person.PassportNumber);
        AddIdentifier(result, person.PermitNumber);
    }

    private static void AddKeys(Document result, string field, IEnumerable<string?> values, bool indexed)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
        {
            if (indexed)
            {
                result.Add(new Field(field, value!, Keyword));
            }

            result.Add(new SortedSetDocValuesField(field, new BytesRef(value!)));
        }
    }

    private static void AddIdentifier(Document result, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            result.Add(new Field(IndexSchema.Identifier, value, IdentifierText));
        }
    }

    private static void AddCompany(Document result, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            result.Add(new TextField(IndexSchema.Company, value, Field.Store.NO));
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
