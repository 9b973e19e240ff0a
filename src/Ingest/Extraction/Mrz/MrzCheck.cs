namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>A check digit at (<paramref name="Line"/>, <paramref name="Position"/>) over the concatenated <paramref name="Spans"/>.</summary>
internal sealed record MrzCheck(string Name, int Line, int Position, IReadOnlyList<MrzField> Spans)
{
    public bool Passes(IReadOnlyList<string> lines) =>
        MrzCheckDigit.Verify(string.Concat(Spans.Select(s => s.Read(lines))), lines[Line][Position]);
}
