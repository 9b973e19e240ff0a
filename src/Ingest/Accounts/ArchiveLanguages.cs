namespace DocArchive.Ingest.Accounts;

/// <summary>The interface languages: Bahasa Indonesia by default, English on request.</summary>
public static class ArchiveLanguages
{
    public const string Indonesian = "id";

    public const string English = "en";

    public const string Default = Indonesian;

    public static readonly IReadOnlyList<string> All = [Indonesian, English];

    /// <summary>The language itself when it is one of <see cref="All"/>, otherwise the default.</summary>
    public static string Normalize(string? language) =>
        All.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)) ?? Default;
}
