using System.Globalization;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using DocArchive.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// Turns the filters of the search box into tests of the index's columns (the employer into a query on the company
/// names), refusing values they cannot mean.
/// </summary>
internal sealed class FilterQueries(TextAnalyzer analyzer)
{
    public static readonly IReadOnlyList<string> DocumentTypes = ["permit", "rptka", "minutes", "field_report", "passport", "other"];

    public BuiltFilters Build(IReadOnlyList<SearchFilter> filters, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            return BuiltFilters.None;
        }

        var documents = new List<ColumnFilter>();
        var persons = new List<ColumnFilter>();
        var employers = new BooleanQuery();
        var expiryTests = new List<Func<int, bool>>();
        foreach (var filter in filters)
        {
            switch (filter.Field)
            {
                case FilterField.Type:
                    documents.Add(new TypeFilter(DocumentType(filter), filter.IsExcluded));
                    break;
                case FilterField.Uploaded:
                    documents.Add(Days(DayColumn.Uploaded, filter.Operator, Date(filter).DayNumber, filter.IsExcluded));
                    break;
                case FilterField.Year:
                    var year = Year(filter);
                    documents.Add(new DayFilter(DayColumn.Date, new DateOnly(year, 1, 1).DayNumber, new DateOnly(year, 12, 31).DayNumber, filter.IsExcluded));
                    break;
                case FilterField.Employer:
                    employers.Add(Employer(filter), filter.IsExcluded ? Occur.MUST_NOT : Occur.MUST);
                    break;
                case FilterField.Nationality:
                    persons.Add(new NationalityFilter(Nationality(filter), filter.IsExcluded));
                    break;
                case FilterField.Expires:
                    var day = Date(filter).DayNumber;
                    persons.Add(Days(DayColumn.Expiry, filter.Operator, day, filter.IsExcluded));
                    expiryTests.Add(Test(filter.Operator, day, filter.IsExcluded));
                    break;
                case FilterField.Expired:
                    var expired = Expired(filter) != filter.IsExcluded;
                    var op = expired ? FilterOperator.Before : FilterOperator.AtOrAfter;
                    persons.Add(Days(DayColumn.Expiry, op, today.DayNumber, excluded: false));
                    expiryTests.Add(Test(op, today.DayNumber, excluded: false));
                    break;
                default:
                    throw new InvalidSearchQueryException(SearchProblem.UnknownFilter, $"The filter {filter.Field} is not known.", filter.Field.ToString());
            }
        }

        return new BuiltFilters(
            documents,
            Positive(employers, IndexSchema.DocumentKind),
            persons,
            Positive(employers, IndexSchema.PersonKind),
            latest => expiryTests.TrueForAll(test => test(latest)));
    }

    /// <summary>The employer clauses on entries of one kind; clauses of only exclusions exclude from every entry of it.</summary>
    private static BooleanQuery? Positive(BooleanQuery employers, string kind)
    {
        if (employers.Clauses.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var clause in employers.Clauses)
        {
            query.Add(clause);
        }

        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new TermQuery(new Term(IndexSchema.Kind, kind)), Occur.MUST);
        }

        return query;
    }

    private static Func<int, bool> Test(FilterOperator op, int day, bool excluded) => latest =>
        latest > 0 && op switch
        {
            FilterOperator.Before => latest < day,
            FilterOperator.AtOrBefore => latest <= day,
            FilterOperator.After => latest > day,
            FilterOperator.AtOrAfter => latest >= day,
            _ => latest == day,
        } != excluded;

    private static DayFilter Days(DayColumn column, FilterOperator op, int day, bool excluded) => op switch
    {
        FilterOperator.Before => new DayFilter(column, int.MinValue, day - 1, excluded),
        FilterOperator.AtOrBefore => new DayFilter(column, int.MinValue, day, excluded),
        FilterOperator.After => new DayFilter(column, day + 1, int.MaxValue, excluded),
        FilterOperator.AtOrAfter => new DayFilter(column, day, int.MaxValue, excluded),
        _ => new DayFilter(column, day, day, excluded),
    };

    private static string DocumentType(SearchFilter filter)
    {
        RequireIs(filter);
        var type = filter.Value.ToLowerInvariant();
        return DocumentTypes.Contains(type)
            ? type
            : throw new InvalidSearchQueryException(
                SearchProblem.Type, $"type: takes one of {string.Join(", ", DocumentTypes)} (not '{filter.Value}').", string.Join(", ", DocumentTypes), filter.Value);
    }

    private static string Nationality(SearchFilter filter)
    {
        RequireIs(filter);
        return Nationalities.ToAlpha3(filter.Value)
            ?? throw new InvalidSearchQueryException(
                SearchProblem.Nationality,
                $"nationality: takes a country, its people or its three-letter code, such as CHN, china, Tiongkok or \"korea selatan\" (not '{filter.Value}').",
                filter.Value);
    }

    private static bool Expired(SearchFilter filter)
    {
        RequireIs(filter);
        return filter.Value.ToLowerInvariant() switch
        {
            "yes" or "ya" => true,
            "no" or "tidak" => false,
            _ => throw new InvalidSearchQueryException(SearchProblem.Expired, $"expired: takes yes or no (not '{filter.Value}').", filter.Value),
        };
    }

    private static int Year(SearchFilter filter)
    {
        RequireIs(filter);
        return filter.Value.Length == 4 && int.TryParse(filter.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
            ? year
            : throw new InvalidSearchQueryException(SearchProblem.Year, $"year: takes a year such as 2024 (not '{filter.Value}').", filter.Value);
    }

    private static DateOnly Date(SearchFilter filter) =>
        DateOnly.TryParseExact(filter.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidSearchQueryException(
                SearchProblem.Date,
                $"{SearchBoxParser.NameOf(filter.Field)} takes a date written like 2026-01-01 (not '{filter.Value}').",
                SearchBoxParser.NameOf(filter.Field),
                filter.Value);

    private Query Employer(SearchFilter filter)
    {
        RequireIs(filter);
        var tokens = analyzer.Tokens(IndexSchema.Company, filter.Value);
        switch (tokens.Count)
        {
            case 0:
                throw new InvalidSearchQueryException(SearchProblem.Employer, "employer: takes a company name, such as employer:\"sinar batu\".");
            case 1:
                return new TermQuery(new Term(IndexSchema.Company, tokens[0].Term));
            default:
                var phrase = new PhraseQuery();
                foreach (var token in tokens)
                {
                    phrase.Add(new Term(IndexSchema.Company, token.Term), token.Position);
                }

                return phrase;
        }
    }

    private static void RequireIs(SearchFilter filter)
    {
        if (filter.Operator != FilterOperator.Is)
        {
            var name = SearchBoxParser.NameOf(filter.Field);
            throw new InvalidSearchQueryException(
                SearchProblem.Comparison, $"{name} is written {name}:value; only expires and uploaded compare with < and >.", name);
        }
    }
}
