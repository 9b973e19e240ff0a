namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>The values whose confidence lies in [<paramref name="From"/>, <paramref name="To"/>): how many, how many right, their mean confidence.</summary>
public sealed record ReliabilityBin(double From, double To, int Count, int Right, double MeanConfidence)
{
    public double ShareRight => Count == 0 ? 0 : (double)Right / Count;
}
