using DocArchive.Fixtures;

namespace DocArchive.Generator.Output;

/// <summary>Renders composed pages and makes them look scanned or photographed: skew, blur, noise, specks, a turned page.</summary>
internal static class Scanner
{
    public static IReadOnlyList<FixtureImage> Scan(IReadOnlyList<FixturePage> pages, DocumentPlan plan, Random random)
    {
        var images = FixtureRaster.Render(FixtureDocument.TextPdf(pages), plan.Dpi);
        var turned = random.Next(images.Count);
        var photo = plan.Format == OutputFormat.Jpeg;
        var scanned = new List<FixtureImage>(images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            if (random.Chance(0.75))
            {
                var degrees = (random.NextDouble() * 3.4) - 1.7;
                image = FixtureDegrade.Skew(image, degrees + (0.3 * Math.Sign(degrees)));
            }

            if (random.Chance(photo ? 0.7 : 0.3))
            {
                image = FixtureDegrade.Blur(image);
            }

            image = FixtureDegrade.Noise(image, random, random.Next(3, photo ? 18 : 12), random.Next(0, 400));
            if (plan.Format is OutputFormat.Png or OutputFormat.TiffGray && random.Chance(0.25))
            {
                image = FixtureDegrade.JpegArtefacts(image, random.Next(30, 60));
            }

            if (plan.QuarterTurns != 0 && i == turned)
            {
                image = FixtureDegrade.Rotate(image, plan.QuarterTurns);
            }

            scanned.Add(image);
        }

        return scanned;
    }
}
