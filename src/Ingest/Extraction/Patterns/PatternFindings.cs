namespace DocArchive.Ingest.Extraction.Patterns;

/// <summary>What running text gave: document-level candidates and, per person named, that person's candidates.</summary>
internal sealed class PatternFindings
{
    public List<Candidate> Document { get; } = [];

    public List<List<Candidate>> Persons { get; } = [];
}
