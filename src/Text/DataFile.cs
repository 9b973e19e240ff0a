using System.Reflection;

namespace DocArchive.Text;

/// <summary>Reads embedded data files (names, labels, months): one entry a line, <c>#</c> starts a comment, <c>|</c> separates columns.</summary>
public static class DataFile
{
    /// <summary>The rows of the data file <paramref name="name"/> embedded in <paramref name="assembly"/>, each split into its trimmed columns.</summary>
    public static IReadOnlyList<string[]> Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
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
