using System.Globalization;
using System.Reflection;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Localization;

/// <summary>
/// Every word the interface shows, in Bahasa Indonesia and English, read from the strings table
/// <c>Localization/texts.tsv</c> (key, Indonesian, English: one line per text). The language is the request's
/// UI culture, which the language cookie sets.
/// </summary>
public sealed class UiText
{
    private const string Resource = "DocArchive.Web.Localization.texts.tsv";

    private readonly Dictionary<string, (string Indonesian, string English)> texts;

    public UiText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new FileNotFoundException("The strings table is not embedded.", Resource);
        using var reader = new StreamReader(stream);
        texts = Parse(reader).ToDictionary(t => t.Key, t => (t.Indonesian, t.English), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Keys => texts.Keys;

    /// <summary>The text of <paramref name="key"/> in the current language.</summary>
    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    /// <summary>The text of <paramref name="key"/> in the current language, with the arguments put in.</summary>
    public string this[string key, params object?[] arguments] =>
        string.Format(CultureInfo.CurrentCulture, Get(key, CultureInfo.CurrentUICulture), arguments);

    public string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (!texts.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"The strings table has no text '{key}'.");
        }

        return culture.TwoLetterISOLanguageName == ArchiveLanguages.English ? text.English : text.Indonesian;
    }

    /// <summary>A date as people write it: <c>31 Des 2025</c> in Indonesian, <c>31 Dec 2025</c> in English.</summary>
    public static string Date(DateTimeOffset value) => value.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A day as people write it: <c>31 Des 2025</c> in Indonesian, <c>31 Dec 2025</c> in English.</summary>
    public static string Date(DateOnly value) => value.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A moment in the server's time zone, for logs and uploads: <c>31 Des 2025 14:05</c>.</summary>
    public static string DateTime(DateTimeOffset value) => value.ToLocalTime().ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>A month: <c>Des 2025</c> in Indonesian, <c>Dec 2025</c> in English.</summary>
    public static string Month(DateOnly value) => value.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    private static IEnumerable<(string Key, string Indonesian, string English)> Parse(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || columns.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"Strings table line {number} must be: key, Indonesian, English, separated by tabs.");
            }

            yield return (columns[0], columns[1], columns[2]);
        }
    }
}
