using System.Globalization;
using System.Text.RegularExpressions;

namespace DocArchive.Ingest.Extraction;

/// <summary>
/// The keys of a record's field evidence: a person's field bare for the first person (<c>name</c>) and
/// <c>persons[i].name</c> for the later ones; an approved position's always indexed (<c>positions[0].title</c>).
/// </summary>
public static partial class FieldKeys
{
    /// <summary>A person's field: what an inspection found about them (a field report's Keterangan column).</summary>
    public const string Finding = "finding";

    public static string Person(int index, string field) =>
        index == 0 ? field : string.Create(CultureInfo.InvariantCulture, $"persons[{index}].{field}");

    public static string Position(int index, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"positions[{index}].{field}");

    /// <summary>The position index and field of a <see cref="Position"/> key; false for any other key.</summary>
    public static bool TryParsePosition(string key, out int index, out string field)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (PositionKey().Match(key) is { Success: true } match
            && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            field = match.Groups[2].Value;
            return true;
        }

        index = -1;
        field = string.Empty;
        return false;
    }

    [GeneratedRegex(@"^positions\[([0-9]{1,4})\]\.([A-Za-z]+)$")]
    private static partial Regex PositionKey();
}
