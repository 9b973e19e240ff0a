using DocArchive.Search.Columns;

namespace DocArchive.Search.Querying;

/// <summary>Counts the documents found by type, nationality, employer and year, from the columns of their segment.</summary>
internal sealed class FacetCounter(ReaderColumns columns)
{
    private const int FirstYear = 1900;
    private const int Shown = 10;

    private readonly int[] types = new int[columns.Types.Values.Length];
    private readonly int[] nationalities = new int[columns.Nationalities.Values.Length];
    private readonly int[] employers = new int[columns.Employers.Values.Length];
    private readonly int[] years = new int[300];
    private SegmentColumns segment = null!;
    private int[] typeMap = [];
    private int[] nationalityMap = [];
    private int[] employerMap = [];

    /// <summary>How many documents found name each employer (by index in the reader's employer values).</summary>
    public ReadOnlySpan<int> Employers => employers;

    public void SetSegment(int ord)
    {
        segment = columns.Segments[ord];
        typeMap = columns.Types.ToGlobal[ord];
        nationalityMap = columns.Nationalities.ToGlobal[ord];
        employerMap = columns.Employers.ToGlobal[ord];
    }

    public void Count(int doc)
    {
        if (segment.Type[doc] is >= 0 and var type)
        {
            types[typeMap[type]]++;
        }

        foreach (var ord in segment.Nationality.Of(doc))
        {
            nationalities[nationalityMap[ord]]++;
        }

        foreach (var ord in segment.Employer.Of(doc))
        {
            employers[employerMap[ord]]++;
        }

        if (segment.Year[doc] - FirstYear is >= 0 and < 300 and var year)
        {
            years[year]++;
        }
    }

    public SearchFacets Facets() => new(
        Top(types, columns.Types.Values, "type:{0}"),
        Top(nationalities, columns.Nationalities.Values, "nationality:{0}"),
        Top(employers, columns.Employers.Values, "employer:\"{0}\""),
        Enumerable.Range(0, years.Length)
            .Where(y => years[y] > 0)
            .OrderByDescending(y => y)
            .Take(Shown)
            .Select(y => Value((FirstYear + y).ToString(System.Globalization.CultureInfo.InvariantCulture), years[y], "year:{0}"))
            .ToList());

    private static List<FacetValue> Top(int[] counts, string[] values, string filter) =>
        Enumerable.Range(0, counts.Length)
            .Where(i => counts[i] > 0)
            .OrderByDescending(i => counts[i])
            .ThenBy(i => values[i], StringComparer.Ordinal)
            .Take(Shown)
            .Select(i => Value(values[i], counts[i], filter))
            .ToList();

    private static FacetValue Value(string value, int count, string filter) =>
        new(value, count, string.Format(System.Globalization.CultureInfo.InvariantCulture, filter, value));
}
