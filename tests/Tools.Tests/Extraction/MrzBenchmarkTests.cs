using DocArchive.Fixtures;
using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction;
using Xunit.Abstractions;

namespace DocArchive.Tools.Tests.Extraction;

public sealed class MrzBenchmarkTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Utopia = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];

    private readonly DirectoryInfo files = Directory.CreateTempSubdirectory("docarchive-tools-");

    /// <summary>The ICAO and UK specimens with verified ground truth, when the shared corpus is on this machine.</summary>
    private static string? VerifiedSpecimens => Ancestors()
        .Select(d => Path.Combine(d, "shared", "corpus", "mrz-specimens", "icao-utopia-fastmrz"))
        .FirstOrDefault(Directory.Exists);

    [Fact]
    public async Task ReadAsync_ReadsEveryZoneExactly_WhenTheGroundTruthIsVerified()
    {
        Write("passport.png", FixtureEncode.Png(FixtureRaster.Render([DataPage(Utopia)], 300)[0]));
        Write("letter.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "NOTULEN RAPAT", "Hari/Tanggal : Senin, 12 Februari 2024")));
        Write("ground_truth.json", System.Text.Encoding.UTF8.GetBytes(
            $$"""{"items": [{"image": "passport.png", "mrz": ["{{Utopia[0]}}", "{{Utopia[1]}}"]}, {"image": "letter.png", "mrz": null}]}"""));
        var specimens = MrzSpecimens.Load(files.FullName).Concat(VerifiedSpecimens is { } corpus ? MrzSpecimens.Load(corpus) : []).ToList();
        var options = TestOcr.Options(workers: 2);
        using var pool = TestOcr.Pool(options);
        var extractor = new DocumentExtractor(TimeProvider.System);
        var extraction = new DocumentExtraction(pool, extractor);
        var benchmark = new MrzBenchmark(new FileExtraction(pool, extraction, extractor), extraction, extractor, Microsoft.Extensions.Options.Options.Create(options));

        var readings = await benchmark.ReadAsync(specimens, CancellationToken.None);

        using var report = new StringWriter();
        MrzBenchmark.Write(readings, report);
        output.WriteLine(report.ToString());
        Assert.All(readings, r => Assert.True(r.Exact, r.Specimen.Image));
        Assert.All(readings.Where(r => r.Specimen.Lines is not null), r => Assert.True(r.Zone!.IsValid, r.Specimen.Image));
    }

    [Fact]
    public void Load_ReadsLinesFieldsAndNegatives_WhenTheGroundTruthHasEach()
    {
        Write("expected.json", System.Text.Encoding.UTF8.GetBytes("""
            {"items": [
              {"image": "a/td3.jpg", "mrz_type": "TD3", "fields": {"number": "L898902C3", "surname": "ERIKSSON"}},
              {"image": "a/*", "note": "untranscribed"},
              {"image": "b.png", "ocr_starts_with": "The (quick)"}
            ]}
            """));
        Directory.CreateDirectory(Path.Combine(files.FullName, "a"));
        Write(Path.Combine("a", "td3.jpg"), []);
        Write(Path.Combine("a", "notes.txt"), []);

        var specimens = MrzSpecimens.Load(files.FullName);

        Assert.Equal(2, specimens.Count);
        Assert.Equal("L898902C3", specimens[0].Fields!["number"]);
        Assert.True(specimens[0].Transcribed);
        Assert.EndsWith("td3.jpg", specimens[1].Image, StringComparison.Ordinal);
        Assert.False(specimens[1].Transcribed);
    }

    public void Dispose() => files.Delete(recursive: true);

    private void Write(string name, byte[] content) => File.WriteAllBytes(Path.Combine(files.FullName, name), content);

    /// <summary>A passport data page: the zone set one character per cell, as zones are printed.</summary>
    private static FixturePage DataPage(string[] zone)
    {
        const double size = 11.5;
        const double pitch = 8.6;
        var texts = new List<FixtureText>
        {
            new("REPUBLIC OF UTOPIA", 200, 120, 14, FixtureFonts.DejaVuSansBold),
            new("PASSPORT / PASSEPORT", 220, 140, 11),
            new("Surname / Nom", 200, 190, 8),
            new("ERIKSSON", 200, 204, 11, FixtureFonts.DejaVuSansBold),
            new("Given names / Prénoms", 200, 224, 8),
            new("ANNA MARIA", 200, 238, 11, FixtureFonts.DejaVuSansBold),
        };
        for (var line = 0; line < zone.Length; line++)
        {
            texts.AddRange(zone[line].Select((c, i) => new FixtureText(c.ToString(), 58 + (i * pitch), 320 + (line * 17), size, FixtureFonts.DejaVuSans)));
        }

        return new FixturePage(texts);
    }

    private static IEnumerable<string> Ancestors()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            yield return directory.FullName;
        }
    }
}
