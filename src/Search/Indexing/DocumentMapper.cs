using System.Globalization;
using DocArchive.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace DocArchive.Search.Indexing;

/// <summary>Turns an <see cref="IndexedDocument"/> into the one Lucene document that represents it.</summary>
internal static class DocumentMapper
{
    /// <summary>English stems need no positions: phrases are matched on the exact and Indonesian fields.</summary>
    private static readonly FieldType EnglishText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>Identifiers are matched whole: no positions, no frequencies, no length norms.</summary>
    private static readonly FieldType IdentifierText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    public static Term IdTerm(Guid documentId) => new(IndexSchema.Id, IdText(documentId));

    public static string IdText(Guid documentId) => documentId.ToString("D", CultureInfo.InvariantCulture);

    public static Document Map(IndexedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new Document
        {
            new StringField(IndexSchema.Id, IdText(document.Id), Field.Store.YES),
            new StoredField(IndexSchema.FileName, document.FileName),
        };
        foreach (var page in document.Pages.OrderBy(p => p.Number))
        {
            result.Add(new StoredField(IndexSchema.PageNumber, page.Number));
            result.Add(new StoredField(IndexSchema.PageText, page.Text));
            result.Add(new TextField(IndexSchema.Text, page.Text, Field.Store.NO));
            result.Add(new TextField(IndexSchema.TextExact, page.Text, Field.Store.NO));
            result.Add(new Field(IndexSchema.TextEnglish, page.Text, EnglishText));
            AddIdentifier(result, page.Text);
        }

        AddExtracted(result, document);
        return result;
    }

    private static void AddExtracted(Document result, IndexedDocument document)
    {
        AddKeyword(result, IndexSchema.DocumentType, document.DocumentType?.ToLowerInvariant());
        AddIdentifier(result, document.DocumentNumber);
        AddCompany(result, document.Employer);
        foreach (var person in document.Persons)
        {
            result.Add(new TextField(IndexSchema.Name, NameForms.Normalized(person.Name), Field.Store.NO));
            foreach (var joined in NameForms.Joined(person.Name))
            {
                result.Add(new StringField(IndexSchema.NameJoined, joined, Field.Store.NO));
            }

            AddIdentifier(result, person.PassportNumber);
            AddIdentifier(result, person.PermitNumber);
            AddKeyword(result, IndexSchema.Nationality, person.Nationality?.ToUpperInvariant());
            AddCompany(result, person.Employer);
        }
    }

    private static void AddIdentifier(Document result, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            result.Add(new Field(IndexSchema.Identifier, value, IdentifierText));
            result.Add(new Field(IndexSchema.IdentifierOcr, value, IdentifierText));
        }
    }

    private static void AddCompany(Document result, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            result.Add(new TextField(IndexSchema.Company, value, Field.Store.NO));
        }
    }

    private static void AddKeyword(Document result, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            result.Add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
