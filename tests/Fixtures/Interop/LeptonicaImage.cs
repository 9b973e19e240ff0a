namespace DocArchive.Fixtures.Interop;

/// <summary>Moves <see cref="FixtureImage"/>s in and out of Leptonica (through in-memory PGM).</summary>
internal static class LeptonicaImage
{
    public static PixHandle ToPix(FixtureImage image)
    {
        var pgm = image.ToPgm();
        var pix = Leptonica.PixReadMem(pgm, (nuint)pgm.Length).OrThrow("pixReadMem");
        if (image.Dpi > 0)
        {
            _ = Leptonica.PixSetResolution(pix, image.Dpi, image.Dpi);
        }

        return pix;
    }

    public static FixtureImage ToImage(PixHandle pix, int dpi)
    {
        var status = Leptonica.PixWriteMem(out var data, out var size, pix, Leptonica.FormatPnm);
        var pnm = Leptonica.TakeBuffer(status, data, size, "pixWriteMem");
        return FixtureImage.FromPgm(pnm, dpi)[0];
    }

    /// <summary>Applies a Leptonica operation that makes a new 8-bit PIX from the image's.</summary>
    public static FixtureImage Transform(FixtureImage image, Func<PixHandle, PixHandle> operation, string name)
    {
        using var pix = ToPix(image);
        using var result = operation(pix).OrThrow(name);
        return ToImage(result, image.Dpi);
    }
}
