namespace DocArchive.Ingest.Reading;

/// <summary>The stable names of <see cref="ActiveContent"/> kinds, as the API lists them and the interface's texts are keyed.</summary>
public static class ActiveContentCodes
{
    private static readonly (ActiveContent Kind, string Code)[] Codes =
    [
        (ActiveContent.JavaScript, "javascript"),
        (ActiveContent.Launch, "launch"),
        (ActiveContent.EmbeddedFiles, "embeddedFiles"),
    ];

    /// <summary>The codes of the kinds in <paramref name="found"/>, in a fixed order; empty for none.</summary>
    public static IReadOnlyList<string> Of(ActiveContent found) => [.. Codes.Where(c => found.HasFlag(c.Kind)).Select(c => c.Code)];
}
