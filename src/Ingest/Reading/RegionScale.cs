namespace DocArchive.Ingest.Reading;

/// <summary>
/// How a region is drawn before it is read again: enlarged by <paramref name="Enlargement"/> both ways (small print reads
/// better larger), then scaled across by <paramref name="Across"/> (fixed-pitch characters printed wide apart read better
/// drawn closer together). <see cref="Natural"/> leaves it as it is.
/// </summary>
public sealed record RegionScale(double Enlargement, double Across)
{
    public static RegionScale Natural { get; } = new(1, 1);
}
