namespace DocArchive.Ingest.Extraction;

/// <summary>
/// One row of an RPTKA's table of positions: the job title, how many foreign workers it approves, their nationality,
/// the work location and the end of the period (<c>s.d. DATE</c>), each normalised, null where absent. Its evidence is
/// keyed <c>positions[i].title</c>, <c>.count</c>, <c>.nationality</c>, <c>.location</c>, <c>.until</c>.
/// </summary>
public sealed record PositionRecord
{
    public const string TitleField = "title";
    public const string CountField = "count";
    public const string NationalityField = "nationality";
    public const string LocationField = "location";
    public const string UntilField = "until";

    public string? Title { get; init; }

    public int? Count { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Nationality { get; init; }

    public string? Location { get; init; }

    public DateOnly? Until { get; init; }

    /// <summary>The positions of stored field values (key, normalised value), in their index order; other keys are ignored.</summary>
    public static IReadOnlyList<PositionRecord> FromFields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var rows = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (key, value) in fields)
        {
            if (FieldKeys.TryParsePosition(key, out var index, out var field))
            {
                if (!rows.TryGetValue(index, out var row))
                {
                    rows[index] = row = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                row[field] = value;
            }
        }

        return [.. rows.Values.Where(r => r.ContainsKey(TitleField)).Select(r => new PositionRecord
        {
            Title = r[TitleField],
            Count = r.TryGetValue(CountField, out var count) ? FieldValues.Count(count) : null,
            Nationality = r.GetValueOrDefault(NationalityField),
            Location = r.GetValueOrDefault(LocationField),
            Until = FieldValues.Date(r.GetValueOrDefault(UntilField)),
        })];
    }
}
