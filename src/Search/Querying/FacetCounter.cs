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
    private int segment = -1;
    private int[] segmentTypes = [];
    private int[] segmentNationalities = [];
    private int[] segmentEmployers = [];
    private int[] type = [];
    private OrdinalSets nationality = null!;
    private OrdinalSets employer = null!;
    private short[] year = [];

    /// <summary>How many documents found name each employer (by index in the reader's employer values).</summary>
    public ReadOnlySpan<int> Employers
    {
        get
        {
            Flush();
            return employers;
        }
    }

    /// <summary>Counts the next segment's documents in the segment's own ordinals; they are added up when it ends.</summary>
    public void SetSegment(int ord)
    {
        Flush();
        segment = ord;
        var current = columns.Segments[ord];
        type = current.Type;
        nationality = current.Nationality;
        employer = current.Employer;
        year = current.Year;
        segmentTypes = new int[current.Types.Length];
        segmentNationalities = new int[nationality.Values.Length];
        segmentEmployers = new int[employer.Values.Length];
    }

    public void Count(int doc)
    {
        if (type[doc] is >= 0 and var ord)
        {
            segmentTypes[ord]++;
        }

        var starts = nationality.Start;
        var ordinals = nationality.Ordinals;
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            segmentNationalities[ordinals[i]]++;
        }

        starts = employer.Start;
        ordinals = employer.Ordinals;
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            segmentEmployers[ordinals[i]]++;
        }

        if (year[doc] - FirstYear is >= 0 and < 300 and var y)
        {
            years[y]++;
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/>, which counted other segments of the same reader.</summary>
    public void Add(FacetCounter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Flush();
        other.Flush();
        AddAll(types, other.types);
        AddAll(nationalities, other.nationalities);
        AddAll(employers, other.employers);
        AddAll(years, other.years);
    }

    public SearchFacets Facets()
    {
        Flush();
        return new(
            Top(types, columns.Types.Values, "type:{0}"),
            Top(nationalities, columns.Nationalities.Values, "nationality:{0}"),
            Top(employers, columns.Employers.Values, "employer:\"{0}\""),
            Enumerable.Range(0, years.Length)
                .Where(y => years[y] > 0)
                .OrderByDescending(y => y)
                .Take(Shown)
                .Select(y => Value((FirstYear + y).ToString(System.Globalization.CultureInfo.InvariantCulture), years[y], "year:{0}"))
                .ToList());
    }

    private static void AddAll(int[] counts, int[] more)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += more[i];
        }
    }

    private static void AddTo(int[] global, int[] local, int[] toGlobal)
    {
        for (var ord = 0; ord < local.Length; ord++)
        {
            if (local[ord] > 0)
            {
                global[toGlobal[ord]] += local[ord];
                local[ord] = 0;
            }
        }
    }

    /// <summary>Adds the current segment's counts to the reader's.</summary>
    private void Flush()
    {
        if (segment < 0)
        {
            return;
        }

        AddTo(types, segmentTypes, columns.Types.ToGlobal[segment]);
        AddTo(nationalities, segmentNationalities, columns.Nationalities.ToGlobal[segment]);
        AddTo(employers, segmentEmployers, columns.Employers.ToGlobal[segment]);
    }

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
