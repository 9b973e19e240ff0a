using DocArchive.Fixtures;

namespace DocArchive.Generator.Output;

/// <summary>
/// Photographs rendered pages as a field team's phone does: the page lies on a desk seen at an angle (keystone, the
/// page's edges visible), light falls off to one side, a round colour stamp sits over the text, contrast is low, and
/// the JPEG says 72 dpi whatever the text's real size (the page is rendered at the plan's resolution, 0.55–0.75 of a
/// 300-dpi scan).
/// </summary>
internal static class PhoneCamera
{
    public const int TaggedDpi = 72;

    private static readonly (byte R, byte G, byte B)[] Desks = [(118, 96, 74), (72, 72, 78), (160, 150, 138), (48, 58, 70)];

    public static IReadOnlyList<FixtureColorImage> Photograph(IReadOnlyList<FixturePage> pages, int dpi, Random random)
    {
        var images = FixtureRaster.Render(FixtureDocument.TextPdf(pages), dpi);
        var stamps = pages.Select((_, i) => i == 0 || random.Chance(0.4) ? RubberStamp.Draw(random) : null).ToList();
        var letterings = FixtureRaster.Render(FixtureDocument.TextPdf(stamps.Select(s => s?.Lettering ?? new FixturePage([]))), dpi);
        return [.. images.Select((image, i) => Photograph(image, stamps[i], letterings[i], random))];
    }

    private static FixtureColorImage Photograph(FixtureImage page, RubberStamp? stamp, FixtureImage lettering, Random random)
    {
        var paper = random.Next(205, 240);
        var ink = random.Next(25, 60);
        var rgb = new byte[page.Pixels.Length * 3];
        for (var i = 0; i < page.Pixels.Length; i++)
        {
            var value = (byte)(ink + (page.Pixels[i] * (paper - ink) / 255));
            rgb[3 * i] = rgb[(3 * i) + 1] = rgb[(3 * i) + 2] = value;
        }

        stamp?.Press(rgb, page.Width, page.Height, page.Dpi, lettering, random);
        var width = (int)(page.Width * 1.16);
        var height = (int)(page.Height * 1.1);
        var photo = Keystone(rgb, page.Width, page.Height, width, height, random);
        Light(photo, width, height, random);
        if (random.Chance(0.5))
        {
            Soften(photo, width, height);
        }

        return new FixtureColorImage(width, height, TaggedDpi, photo);
    }

    /// <summary>The page seen from below its bottom edge: its top narrower, corners off by a little, the desk around it.</summary>
    private static byte[] Keystone(byte[] page, int pageWidth, int pageHeight, int width, int height, Random random)
    {
        double Jitter() => (random.NextDouble() - 0.5) * 0.02 * pageWidth;
        var left = (width - pageWidth) / 2.0;
        var top = (height - pageHeight) / 2.0;
        var narrowing = (0.03 + (random.NextDouble() * 0.05)) * pageWidth;
        (double X, double Y)[] corners =
        [
            (left + narrowing + Jitter(), top + Jitter()), (left + pageWidth - narrowing + Jitter(), top + Jitter()),
            (left + pageWidth + Jitter(), top + pageHeight + Jitter()), (left + Jitter(), top + pageHeight + Jitter()),
        ];
        var h = Homography.Between(corners, [(0, 0), (pageWidth - 1, 0), (pageWidth - 1, pageHeight - 1), (0, pageHeight - 1)]);
        var desk = random.Pick(Desks);
        var photo = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (u, v) = h.Map(x, y);
                var o = ((y * width) + x) * 3;
                if (u < 0 || v < 0 || u >= pageWidth - 1 || v >= pageHeight - 1)
                {
                    var grain = (((x * 7) + (y * 13)) % 17) - 8;
                    photo[o] = (byte)(desk.R + grain);
                    photo[o + 1] = (byte)(desk.G + grain);
                    photo[o + 2] = (byte)(desk.B + grain);
                    continue;
                }

                int x0 = (int)u, y0 = (int)v;
                double fx = u - x0, fy = v - y0;
                var p = ((y0 * pageWidth) + x0) * 3;
                var below = p + (pageWidth * 3);
                for (var c = 0; c < 3; c++)
                {
                    var value = (page[p + c] * (1 - fx) * (1 - fy)) + (page[p + 3 + c] * fx * (1 - fy)) + (page[below + c] * (1 - fx) * fy) + (page[below + 3 + c] * fx * fy);
                    photo[o + c] = (byte)value;
                }
            }
        }

        return photo;
    }

    /// <summary>Light falling off towards one side, a darker rim, a warm or cool cast and sensor noise.</summary>
    private static void Light(byte[] photo, int width, int height, Random random)
    {
        var angle = random.NextDouble() * 2 * Math.PI;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var falloff = 0.3 + (random.NextDouble() * 0.25);
        double[] cast = random.Chance(0.6) ? [1, 0.96, 0.88] : [0.92, 0.96, 1];
        var half = Math.Sqrt((width * width) + (height * height)) / 2;
        var noise = new byte[width * 3];
        for (var y = 0; y < height; y++)
        {
            random.NextBytes(noise);
            for (var x = 0; x < width; x++)
            {
                var dx = (x - (width / 2.0)) / half;
                var dy = (y - (height / 2.0)) / half;
                var light = (1 - (falloff * (((dx * cos) + (dy * sin) + 1) / 2))) * (1 - (0.12 * ((dx * dx) + (dy * dy))));
                var o = ((y * width) + x) * 3;
                for (var c = 0; c < 3; c++)
                {
                    var value = (photo[o + c] * light * cast[c]) + ((noise[(x * 3) + c] - 128) / 24.0);
                    photo[o + c] = (byte)Math.Clamp(value, 0, 255);
                }
            }
        }
    }

    /// <summary>A slightly soft focus: a [1 2 1] blur across and down.</summary>
    private static void Soften(byte[] photo, int width, int height)
    {
        var copy = (byte[])photo.Clone();
        for (var y = 0; y < height; y++)
        {
            for (var x = 1; x < width - 1; x++)
            {
                var o = ((y * width) + x) * 3;
                for (var c = 0; c < 3; c++)
                {
                    photo[o + c] = (byte)((copy[o + c - 3] + (2 * copy[o + c]) + copy[o + c + 3]) / 4);
                }
            }
        }

        Array.Copy(photo, copy, photo.Length);
        var row = width * 3;
        for (var y = 1; y < height - 1; y++)
        {
            for (var o = y * row; o < (y + 1) * row; o++)
            {
                photo[o] = (byte)((copy[o - row] + (2 * copy[o]) + copy[o + row]) / 4);
            }
        }
    }
}
