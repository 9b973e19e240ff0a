namespace DocArchive.Ingest.Reading.Worker;

/// <summary>What the engine read on one image: text, words in the image's pixels, and the mean word confidence (0 to 1).</summary>
internal sealed record OcrReading(string Text, double Confidence, IReadOnlyList<PageWord> Words)
{
    /// <summary>The same reading with every box scaled by <paramref name="factor"/>.</summary>
    public OcrReading Scale(double factor) => this with
    {
        Words = [.. Words.Select(w => w with
        {
            Box = new BoundingBox(w.Box.Left * factor, w.Box.Top * factor, w.Box.Width * factor, w.Box.Height * factor),
        })],
    };
}
