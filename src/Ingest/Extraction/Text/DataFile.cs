namespace DocArchive.Ingest.Extraction.Text;

/// <summary>Reads the extraction's embedded data files: one entry a line, <c>#</c> starts a comment, <c>|</c> separates columns.</summary>
internal static class DataFile
{
    public static IReadOnlyList<string[]> Read(string name)
    {
        var assembly = typeof(DataFile).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded data file {name} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            rows.Add([.. trimmed.Split('|').Select(part => part.Trim())]);
        }

        return rows;
    }
}
