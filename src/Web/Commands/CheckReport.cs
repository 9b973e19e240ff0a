using DocArchive.Ingest.Jobs;

namespace DocArchive.Web.Commands;

/// <summary>What <c>check</c> found: originals that are missing or altered, documents not finished, the index against the catalog.</summary>
public sealed record CheckReport(
    int Documents,
    IReadOnlyList<string> BadBlobs,
    IReadOnlyList<Guid> Unfinished,
    IReadOnlyList<Guid> Unindexed,
    IndexComparison Index)
{
    public bool Consistent => BadBlobs.Count == 0 && Unfinished.Count == 0 && Unindexed.Count == 0 && Index.Matches;

    /// <summary>Everything but the blobs is repairable from the catalog and the originals.</summary>
    public bool Repairable => Unfinished.Count > 0 || Unindexed.Count > 0 || !Index.Matches;

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"documents: {Documents}; done: {Index.Done}; in the index: {Index.Indexed}");
        output.WriteLine($"originals missing or not matching their sha256: {BadBlobs.Count}");
        foreach (var blob in BadBlobs)
        {
            output.WriteLine($"  {blob}");
        }

        Write(output, "unfinished (queued or processing)", Unfinished);
        Write(output, "done but not marked searchable", Unindexed);
        Write(output, "done but missing from the index", Index.Missing);
        Write(output, "in the index but not done in the catalog", Index.Extra);
        output.WriteLine(Consistent ? "consistent" : "NOT consistent");
    }

    private static void Write(TextWriter output, string label, IReadOnlyList<Guid> ids)
    {
        output.WriteLine($"{label}: {ids.Count}");
        foreach (var id in ids.Take(20))
        {
            output.WriteLine($"  {id}");
        }
    }
}
