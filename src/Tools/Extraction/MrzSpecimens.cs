using System.Text.Json;

namespace DocArchive.Tools.Extraction;

/// <summary>
/// Reads the ground truth of a specimen directory: <c>ground_truth.json</c> (items with <c>image</c> and <c>mrz</c> lines,
/// null for no zone unless its <c>gt_status</c> says there is no transcription) or <c>expected.json</c> (items with
/// <c>image</c>, which may end in <c>*</c>, and the zone's <c>fields</c>). Without either, the subdirectories that have one
/// are read, or else every image is untranscribed.
/// </summary>
public static class MrzSpecimens
{
    private static readonly string[] TruthFiles = ["ground_truth.json", "expected.json"];

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf"];

    /// <summary>The specimens of <paramref name="directory"/>, in the order its ground truth lists them.</summary>
    /// <exception cref="JsonException">The ground truth file is malformed.</exception>
    public static IReadOnlyList<MrzSpecimen> Load(string directory)
    {
        var truth = TruthFiles.Select(f => Path.Combine(directory, f)).FirstOrDefault(File.Exists);
        if (truth is null)
        {
            var nested = Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal)
                .Where(d => TruthFiles.Any(f => File.Exists(Path.Combine(d, f))))
                .ToList();
            return nested.Count > 0
                ? [.. nested.SelectMany(Load)]
                : [.. Images(directory, "*").Select(i => new MrzSpecimen(i, null, null, false))];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(truth));
        var specimens = new List<MrzSpecimen>();
        foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
        {
            if (!item.TryGetProperty("image", out var image) || image.GetString() is not { } name)
            {
                continue;
            }

            if (item.TryGetProperty("mrz", out var mrz))
            {
                var untranscribed = item.TryGetProperty("gt_status", out var status) && status.GetString()?.Contains("no transcription", StringComparison.OrdinalIgnoreCase) == true;
                var lines = mrz.ValueKind == JsonValueKind.Array ? mrz.EnumerateArray().Select(l => l.GetString() ?? string.Empty).ToList() : null;
                specimens.Add(new MrzSpecimen(Path.Combine(directory, name), lines, null, lines is null && !untranscribed));
            }
            else if (item.TryGetProperty("fields", out var fields))
            {
                var values = fields.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
                specimens.Add(new MrzSpecimen(Path.Combine(directory, name), null, values, false));
            }
            else if (name.EndsWith('*'))
            {
                specimens.AddRange(Images(Path.Combine(directory, Path.GetDirectoryName(name) ?? string.Empty), Path.GetFileName(name))
                    .Select(i => new MrzSpecimen(i, null, null, false)));
            }
        }

        return specimens;
    }

    private static IEnumerable<string> Images(string directory, string pattern) => Directory.Exists(directory)
        ? Directory.EnumerateFiles(directory, pattern)
            .Where(f => ImageExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
        : [];
}
