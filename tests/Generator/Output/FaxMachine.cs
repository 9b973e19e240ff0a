using System.Globalization;
using DocArchive.Fixtures;

namespace DocArchive.Generator.Output;

/// <summary>
/// Sends rendered pages through a fax at standard resolution: a header line on top, 200 dpi across but 100 dpi down
/// (every row kept twice, as fax software shows it), thresholded to black and white, with streaks and specks; the
/// file then claims 200 or 300 dpi.
/// </summary>
internal static class FaxMachine
{
    public const int Dpi = 200;

    private static readonly string[] Senders = ["DISNAKER PROV", "KANTOR IMIGRASI", "KESBANGPOL", "SETDA"];

    public static IReadOnlyList<FixtureImage> Transmit(IReadOnlyList<FixturePage> pages, Random random)
    {
        var sent = new DateTime(2022, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddMinutes(random.Next(4 * 365 * 24 * 60));
        var sender = $"{random.Pick(Senders)}  FAX +62 {random.Next(21, 780)} {random.Digits(6)}";
        var headed = pages.Select((page, i) => page with
        {
            Texts = [new FixtureText(string.Create(CultureInfo.InvariantCulture, $"{sent:dd/MM/yyyy HH:mm}   {sender}   HAL. {i + 1}/{pages.Count}"), 40, 22, 7.5, FixtureFonts.LiberationSans), .. page.Texts],
        });
        var claimed = random.Chance(0.5) ? 200 : 300;
        return [.. FixtureRaster.Render(FixtureDocument.TextPdf(headed), Dpi).Select(image => Transmit(image, random) with { Dpi = claimed })];
    }

    private static FixtureImage Transmit(FixtureImage image, Random random)
    {
        if (random.Chance(0.6))
        {
            image = FixtureDegrade.Skew(image, (random.NextDouble() * 2.4) - 1.2);
        }

        image = FixtureDegrade.Noise(image, random, random.Next(10, 30));
        var threshold = random.Next(120, 166);
        var (width, height) = (image.Width, image.Height / 2 * 2);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y += 2)
        {
            for (var x = 0; x < width; x++)
            {
                var line = (image.Pixels[(y * width) + x] + image.Pixels[((y + 1) * width) + x]) / 2;
                pixels[(y * width) + x] = pixels[((y + 1) * width) + x] = line < threshold ? (byte)0 : (byte)255;
            }
        }

        Streak(pixels, width, height, random);
        return new FixtureImage(width, height, image.Dpi, pixels);
    }

    /// <summary>Dirt on the sender's glass (dark lines down the page), lines lost or garbled in transmission, specks.</summary>
    private static void Streak(byte[] pixels, int width, int height, Random random)
    {
        for (var s = random.Next(0, 3); s > 0; s--)
        {
            var x0 = random.Next(width - 2);
            var thickness = random.Next(1, 3);
            for (var y = 0; y < height; y++)
            {
                for (var x = x0; x < x0 + thickness; x++)
                {
                    if (random.Chance(0.85))
                    {
                        pixels[(y * width) + x] = 0;
                    }
                }
            }
        }

        for (var s = random.Next(1, 4); s > 0; s--)
        {
            var y0 = random.Next(height / 2) * 2;
            var rows = 2 * random.Next(1, 3);
            var lost = random.Chance(0.5);
            for (var y = y0; y < Math.Min(height, y0 + rows); y++)
            {
                for (var x = 0; x < width; x++)
                {
                    pixels[(y * width) + x] = lost ? (byte)255 : random.Chance(0.3) ? (byte)0 : pixels[(y * width) + x];
                }
            }
        }

        for (var s = random.Next(200, 2000); s > 0; s--)
        {
            pixels[random.Next(pixels.Length)] = 0;
        }
    }
}
