using DocArchive.Fixtures.Interop;

namespace DocArchive.Fixtures;

/// <summary>Makes clean renders look scanned: noise, blur, JPEG artefacts, skew, pages turned sideways or upside down.</summary>
public static class FixtureDegrade
{
    /// <summary>Adds uniform noise of ±<paramref name="amplitude"/> grey levels and sprinkles <paramref name="specks"/> dark specks.</summary>
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
            pixels[i] = (byte)Math.Clamp(value, 0, 255);
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
        LeptonicaImage.Transform(image, pix => Leptonica.PixBlockconv(pix, radius, radius), "pixBlockconv");

    /// <summary>Rotates by a small angle (degrees, positive counter-clockwise), bringing in white; the size is kept.</summary>
    public static FixtureImage Skew(FixtureImage image, double degrees) =>
        LeptonicaImage.Transform(
            image,
            pix => Leptonica.PixRotate(pix, (float)(-degrees * Math.PI / 180), Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0),
            "pixRotate");

    /// <summary>Turns the page by quarter turns clockwise (1 = 90°, 2 = 180°, 3 = 270°).</summary>
    public static FixtureImage Rotate(FixtureImage image, int quarterTurns) =>
        LeptonicaImage.Transform(image, pix => Leptonica.PixRotateOrth(pix, ((quarterTurns % 4) + 4) % 4), "pixRotateOrth");

    /// <summary>Round-trips through JPEG at <paramref name="quality"/> (blocking and ringing artefacts).</summary>
    public static FixtureImage JpegArtefacts(FixtureImage image, int quality)
    {
        var jpeg = FixtureEncode.Jpeg(image, quality);
        using var pix = Leptonica.PixReadMem(jpeg, (nuint)jpeg.Length).OrThrow("pixReadMem");
        return LeptonicaImage.ToImage(pix, image.Dpi);
    }
}
