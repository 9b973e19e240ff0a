namespace DocArchive.Ingest.Jobs;

/// <summary>
/// The catalog against the search index: <see cref="Missing"/> are done documents the index lacks, <see cref="Extra"/>
/// are index entries that are not done documents.
/// </summary>
public sealed record IndexComparison(int Done, int Indexed, IReadOnlyList<Guid> Missing, IReadOnlyList<Guid> Extra)
{
    public bool Matches => Missing.Count == 0 && Extra.Count == 0;
}
