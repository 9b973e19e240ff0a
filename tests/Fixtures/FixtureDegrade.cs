using DocArchive.Fixtures.Interop;
using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Fixtures;

/// <summary>Makes clean renders look scanned: noise, blur, JPEG artefacts, skew, pages turned sideways or upside down.</summary>
public static class FixtureDegrade
{
    private const int WhitePoint = 232;

    /// <summary>
    /// Adds uniform noise of ±<paramref name="amplitude"/> grey levels and sprinkles <paramref name="specks"/> dark specks;
    /// near-white pixels go back to white, as a scanner's white point does (which also keeps PNG and TIFF compression fast).
    /// </summary>
    public static FixtureImage Noise(FixtureImage image, Random random, int amplitude = 24, int specks = 0)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(random);
        var pixels = (byte[])image.Pixels.Clone();
        var noise = new byte[pixels.Length];
        random.NextBytes(noise);
        var span = 2 * amplitude;
        for (var i = 0; i < pixels.Length; i++)
        {
            var value = pixels[i] + (noise[i] * span / 255) - amplitude;
            pixels[i] = value >= WhitePoint ? (byte)255 : (byte)Math.Max(value, 0);
        }

        for (var i = 0; i < specks; i++)
        {
            var x = random.Next(image.Width - 2);
            var y = random.Next(image.Height - 2);
            var darkness = (byte)random.Next(0, 90);
            pixels[(y * image.Width) + x] = darkness;
            pixels[(y * image.Width) + x + 1] = darkness;
            pixels[((y + 1) * image.Width) + x] = darkness;
        }

        return image with { Pixels = pixels };
    }

    /// <summary>Box blur over (2r+1)² pixels.</summary>
    public static FixtureImage Blur(FixtureImage image, int radius = 1) =>
        LeptonicaImage.Transform(image, pix => Leptonica.pixBlockconv(pix, radius, radius), "pixBlockconv");

    /// <summary>Rotates by a small angle (degrees, positive counter-clockwise), bringing in white; the size is kept.</summary>
    public static FixtureImage Skew(FixtureImage image, double degrees) =>
        LeptonicaImage.Transform(
            image,
            pix => Leptonica.pixRotate(pix, (float)(-degrees * Math.PI / 180), Leptonica.RotateShear, Leptonica.BringInWhite, 0, 0),
            "pixRotate");

    /// <summary>Turns the page by quarter turns clockwise (1 = 90°, 2 = 180°, 3 = 270°).</summary>
    public static FixtureImage Rotate(FixtureImage image, int quarterTurns) =>
        LeptonicaImage.Transform(image, pix => Leptonica.pixRotateOrth(pix, ((quarterTurns % 4) + 4) % 4), "pixRotateOrth");

    /// <summary>Round-trips through JPEG at <paramref name="quality"/> (blocking and ringing artefacts).</summary>
    public static FixtureImage JpegArtefacts(FixtureImage image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        return LeptonicaImage.Decode(FixtureEncode.Jpeg(image, quality), image.Dpi);
    }
}
