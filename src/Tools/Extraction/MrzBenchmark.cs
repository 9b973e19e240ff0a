using System.Collections.Concurrent;
using System.Globalization;
using DocArchive.Ingest;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Ingest.Reading;
using Microsoft.Extensions.Options;

namespace DocArchive.Tools.Extraction;

/// <summary>
/// <c>bench mrz DIR...</c>: reads the zone of every specimen image as the archive would (pages through the OCR workers,
/// zone bands re-read with the whitelist) and compares it with the ground truth, image by image.
/// </summary>
public sealed class MrzBenchmark(FileExtraction files, DocumentExtraction extraction, DocumentExtractor extractor, IOptions<IngestOptions> options)
{
    /// <summary>Reads every specimen of <paramref name="specimens"/>, as many at once as there are OCR workers.</summary>
    public async Task<IReadOnlyList<MrzSpecimenReading>> ReadAsync(IReadOnlyList<MrzSpecimen> specimens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specimens);
        var readings = new ConcurrentDictionary<int, MrzSpecimenReading>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.OcrWorkers), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, specimens.Count), parallel, async (i, token) =>
            readings[i] = await ReadAsync(specimens[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. readings.OrderBy(r => r.Key).Select(r => r.Value)];
    }

    /// <summary>Writes one block per image (expected, read, check digits, exact) and a summary.</summary>
    public static void Write(IReadOnlyList<MrzSpecimenReading> readings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var reading in readings)
        {
            var zone = reading.Zone;
            var checks = zone is null ? "no zone" : zone.IsValid ? "all check digits valid" : $"failed: {string.Join(", ", zone.FailedChecks)}";
            var exact = reading.Exact switch { true => "exact", false => "NOT exact", null => "untranscribed" };
            output.WriteLine($"{Relative(reading.Specimen.Image)}  {zone?.Format.ToString().ToUpperInvariant() ?? "-"}  {checks}  {exact}");
            output.WriteLine($"  expected {Expected(reading.Specimen)}");
            output.WriteLine($"  read     {reading.Error ?? (zone is null ? "(no zone)" : string.Join(" / ", zone.Lines))}");
        }

        var transcribed = readings.Where(r => r.Specimen.Transcribed).ToList();
        var untranscribed = readings.Where(r => !r.Specimen.Transcribed).ToList();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{readings.Count} images: {transcribed.Count(r => r.Exact == true)}/{transcribed.Count} with ground truth read exactly, " +
            $"{transcribed.Count(r => r.Zone is { IsValid: true })} of them with all check digits valid; " +
            $"untranscribed: {untranscribed.Count(r => r.Zone is not null)}/{untranscribed.Count} zones found, {untranscribed.Count(r => r.Zone is { IsValid: true })} with all check digits valid"));
    }

    private async Task<MrzSpecimenReading> ReadAsync(MrzSpecimen specimen, CancellationToken cancellationToken)
    {
        try
        {
            var file = await files.ReadAsync(specimen.Image, cancellationToken).ConfigureAwait(false);
            var rereads = await extraction.RereadZonesAsync(specimen.Image, file.ContentType, file.Pages, cancellationToken).ConfigureAwait(false);
            var zone = extractor.ReadZones(file.Pages, rereads)
                .Select(z => z.Result)
                .OrderByDescending(z => z.IsValid)
                .ThenBy(z => z.FailedChecks.Count)
                .FirstOrDefault();
            return new MrzSpecimenReading(specimen, zone, Exact(specimen, zone), null);
        }
        catch (Exception e) when (e is UnsupportedDocumentException or PageReadException or IOException)
        {
            return new MrzSpecimenReading(specimen, null, specimen.Transcribed ? false : null, e.Message);
        }
    }

    private static bool? Exact(MrzSpecimen specimen, MrzResult? zone)
    {
        if (specimen.Lines is { } lines)
        {
            return zone is not null && zone.Lines.SequenceEqual(lines, StringComparer.Ordinal);
        }

        if (specimen.Fields is { } fields)
        {
            return zone is not null && fields.All(f => Field(zone, f.Key) is not { } read || read == f.Value);
        }

        return specimen.Negative ? zone is null : null;
    }

    /// <summary>A zone field by the name PassportEye's expectations give it; null for fields the zone does not parse out.</summary>
    private static string? Field(MrzResult zone, string name) => name switch
    {
        "number" => zone.DocumentNumber,
        "country" => zone.Lines[0][2..5].TrimEnd('<'),
        "nationality" => zone.Format == MrzFormat.Td1 ? zone.Lines[1][15..18].TrimEnd('<') : zone.Lines[1][10..13].TrimEnd('<'),
        "date_of_birth" => zone.Format == MrzFormat.Td1 ? zone.Lines[1][..6] : zone.Lines[1][13..19],
        "expiration_date" => zone.Format == MrzFormat.Td1 ? zone.Lines[1][8..14] : zone.Lines[1][21..27],
        "sex" => zone.Sex,
        "surname" => zone.Surname,
        "names" => zone.GivenNames,
        _ => null,
    };

    private static string Expected(MrzSpecimen specimen) =>
        specimen.Lines is { } lines ? string.Join(" / ", lines)
        : specimen.Fields is { } fields ? string.Join(' ', fields.Where(f => f.Key is "number" or "date_of_birth" or "expiration_date" or "nationality" or "surname" or "names").Select(f => $"{f.Key}={f.Value}"))
        : specimen.Negative ? "(no zone)"
        : "(untranscribed)";

    private static string Relative(string path) => Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path);
}
