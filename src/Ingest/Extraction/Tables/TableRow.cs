using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>One record of a table (rows wrapped over several lines joined): per column field, the words of its cell.</summary>
internal sealed record TableRow(int Page, IReadOnlyDictionary<string, IReadOnlyList<PageWord>> Cells)
{
    public string Text(string field) =>
        Cells.TryGetValue(field, out var words) ? string.Join(' ', words.Select(w => w.Text)).Trim() : string.Empty;
}
