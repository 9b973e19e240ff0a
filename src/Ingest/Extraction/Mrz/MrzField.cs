namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>A span of one line of the zone.</summary>
internal sealed record MrzField(int Line, int Start, int Length, MrzCharClass Class)
{
    public string Read(IReadOnlyList<string> lines) => lines[Line].Substring(Start, Length);
}
