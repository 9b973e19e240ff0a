using System.Text.RegularExpressions;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>The place as printed, without a company name before it and without a trailing <c>, Provinsi ...</c>.</summary>
internal static partial class Locations
{
    public static string? Clean(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }

        var text = printed.Trim();
        var company = Employers.Find(text).FirstOrDefault();
        if (company is not null && company.Index <= 1)
        {
            text = text[(company.Index + company.Length)..].TrimStart(' ', ',', ';', '-', '.');
        }

        text = Province().Replace(text, string.Empty);
        text = text.Trim().Trim(',', ';', '.', '-', ':').Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s*[,;-]\s*(?:Provinsi|Prov\.?|Province)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Province();
}
