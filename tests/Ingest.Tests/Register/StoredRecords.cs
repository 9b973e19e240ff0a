using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Ingest.Tests.Jobs;

namespace DocArchive.Ingest.Tests.Register;

/// <summary>Documents whose extraction is stored through the real writer, without reading any page.</summary>
internal static class StoredRecords
{
    /// <summary>Adds a document and stores <paramref name="record"/> as its extraction; returns the document's id.</summary>
    public static async Task<Guid> AddAsync(TestCatalog catalog, ExtractionRecord record)
    {
        var id = await IngestJobTests.AddDocumentAsync(catalog, Guid.NewGuid().ToString("N"));
        await ExtractionWriterTests.StoreAsync(catalog, id, record);
        return id;
    }

    /// <summary>A value as a table gives it.</summary>
    public static FieldEvidence Read(string value) => new(value, 0.9, 1, FieldSources.Table, null);

    /// <summary>A person working for <paramref name="employer"/>.</summary>
    public static PersonRecord Worker(string name, string passport, string employer) =>
        ExtractionWriterTests.Person(name, passport, "CHN", new DateOnly(1985, 4, 12)) with { Employer = employer };

    /// <summary>An RPTKA's position fields: title, count (null: not printed) and end of period.</summary>
    public static Dictionary<string, FieldEvidence> Positions(params (string Title, string? Count, string Until)[] rows)
    {
        var fields = new Dictionary<string, FieldEvidence>();
        for (var i = 0; i < rows.Length; i++)
        {
            fields[FieldKeys.Position(i, PositionRecord.TitleField)] = Read(rows[i].Title);
            fields[FieldKeys.Position(i, PositionRecord.UntilField)] = Read(rows[i].Until);
            if (rows[i].Count is { } count)
            {
                fields[FieldKeys.Position(i, PositionRecord.CountField)] = Read(count);
            }
        }

        return fields;
    }
}
