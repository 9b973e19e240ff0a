using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>
/// A page whose bands are read one request after another (a zone at several scales): decoded once, with its upright
/// copy per quarter turn and its orientation kept for the reads that follow. A page the worker has just read keeps the
/// image its words were read from.
/// </summary>
internal sealed class BandPage(PageImage image) : IDisposable
{
    private readonly Dictionary<int, SafePixHandle> upright = [];
    private int? turnsToUpright;

    public PageImage Image { get; } = image;

    /// <summary>The quarter turns the page's words were read at, when it was read here (<see cref="Keep"/>); null otherwise.</summary>
    public int? ReadTurns { get; private set; }

    /// <summary>Keeps <paramref name="pix"/> as the page turned by <paramref name="turns"/> and straightened: the image its words were read from.</summary>
    public void Keep(int turns, SafePixHandle pix)
    {
        ArgumentNullException.ThrowIfNull(pix);
        if (upright.Remove(turns, out var before))
        {
            before.Dispose();
        }

        upright[turns] = pix;
        ReadTurns = turns;
    }

    /// <summary>The page turned by <paramref name="turns"/> quarter turns and straightened by <paramref name="straighten"/>, made once.</summary>
    public SafePixHandle Upright(int turns, Func<SafePixHandle, SafePixHandle> straighten)
    {
        ArgumentNullException.ThrowIfNull(straighten);
        if (!upright.TryGetValue(turns, out var pix))
        {
            using var turned = turns == 0 ? Leptonica.pixClone(Image.Pix) : Leptonica.pixRotateOrth(Image.Pix, turns);
            upright[turns] = pix = straighten(turned);
        }

        return pix;
    }

    /// <summary>The quarter turns that bring the page upright, detected once.</summary>
    public int TurnsToUpright(Func<int> detect)
    {
        ArgumentNullException.ThrowIfNull(detect);
        return turnsToUpright ??= detect();
    }

    public void Dispose()
    {
        foreach (var pix in upright.Values)
        {
            pix.Dispose();
        }

        Image.Dispose();
    }
}
