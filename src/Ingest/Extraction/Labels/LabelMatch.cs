namespace DocArchive.Ingest.Extraction.Labels;

/// <summary>A label of <paramref name="Field"/> found at token <paramref name="Start"/>, <paramref name="Count"/> tokens long.</summary>
internal sealed record LabelMatch(string Field, int Start, int Count)
{
    public int End => Start + Count;
}
