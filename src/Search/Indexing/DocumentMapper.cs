using System.Globalization;
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
        }

        return result;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
