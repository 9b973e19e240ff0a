using System.Globalization;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Text;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// Compares extracted records with truth records. Values compare in canonical form (employers on their key, names in
/// any word order, text fields ignoring case and spacing); persons are paired by passport number, then by name, then in
/// order; an unpaired person's values all count as missed or invented. Every value read with evidence (its key in the
/// record's <c>fields</c>) is also scored on its own, with its confidence: right when it is the paired truth's value.
/// </summary>
public static class ExtractionEvaluator
{
    private static readonly string[] DocumentFields = ["documentNumber", "documentDate", "employer", "location"];

    private static readonly string[] PersonFields =
        ["name", "passportNumber", "nationality", "dateOfBirth", "position", "permitNumber", "issueDate", "expiryDate", "passportExpiry", "employer"];

    public static EvaluationReport Evaluate(IEnumerable<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counts = new Dictionary<string, int[]>();
        var misses = new List<EvaluationMiss>();
        var values = new List<ScoredValue>();
        var documents = 0;
        var typesRight = 0;
        foreach (var @case in cases)
        {
            documents++;
            if (@case.Truth.DocumentType == @case.Extracted.DocumentType)
            {
                typesRight++;
            }
            else
            {
                misses.Add(new EvaluationMiss(@case.Name, "documentType", @case.Truth.DocumentType, @case.Extracted.DocumentType));
            }

            var truth = Document(@case.Truth);
            var extracted = Document(@case.Extracted);
            foreach (var field in DocumentFields)
            {
                Score(@case.Name, field, field, truth[field], extracted[field], counts, misses);
            }

            var pairs = Pair(@case.Truth.Persons, @case.Extracted.Persons).ToList();
            foreach (var (expected, actual) in pairs)
            {
                var e = expected is null ? null : Person(expected);
                var a = actual is null ? null : Person(actual);
                foreach (var field in PersonFields)
                {
                    Score(@case.Name, "persons." + field, field, e?[field], a?[field], counts, misses);
                }
            }

            values.AddRange(Values(@case, truth, extracted, pairs));
        }

        var fields = counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new FieldScore(c.Key, c.Value[0], c.Value[1], c.Value[2])).ToList();
        var overall = new FieldScore("overall", fields.Sum(f => f.TruePositives), fields.Sum(f => f.FalsePositives), fields.Sum(f => f.FalseNegatives));
        return new EvaluationReport(documents, documents == 0 ? 0 : (double)typesRight / documents, overall, fields, misses, values);
    }

    /// <summary>
    /// The case's values with evidence, each right or wrong: a document value against the truth's; a person's against
    /// the paired truth person's; the bare <c>employer</c> (the first person's or the document's) against either.
    /// </summary>
    private static IEnumerable<ScoredValue> Values(
        EvaluationCase @case, Dictionary<string, string?> truth, Dictionary<string, string?> extracted, List<(PersonRecord? Truth, PersonRecord? Extracted)> pairs)
    {
        var fields = @case.Extracted.Fields;
        ScoredValue Scored(string key, bool right) =>
            new(@case.Name, @case.Truth.DocumentType, @case.Capture, key, fields[key].Confidence, right, fields[key].Source, fields[key].Doubt);
        bool Same(string field, string? expected, string? actual) => expected is not null && actual is not null && Key(field, expected) == Key(field, actual);

        var firstTruth = pairs.FirstOrDefault(p => p.Extracted is not null && ReferenceEquals(p.Extracted, @case.Extracted.Persons.FirstOrDefault())).Truth;
        foreach (var field in DocumentFields.Where(fields.ContainsKey))
        {
            var right = field == "employer"
                ? Same(field, truth[field], fields[field].Value) || Same(field, firstTruth?.Employer, fields[field].Value)
                : Same(field, truth[field], extracted[field]);
            yield return Scored(field, right);
        }

        var persons = @case.Extracted.Persons;
        for (var i = 0; i < persons.Count; i++)
        {
            var paired = pairs.FirstOrDefault(p => ReferenceEquals(p.Extracted, persons[i])).Truth;
            var e = paired is null ? null : Person(paired);
            var a = Person(persons[i]);
            foreach (var field in PersonFields.Where(f => !(i == 0 && f == "employer")))
            {
                var key = FieldKeys.Person(i, field);
                if (fields.ContainsKey(key) && a[field] is not null)
                {
                    yield return Scored(key, Same(field, e?[field], a[field]));
                }
            }
        }
    }

    private static void Score(string document, string name, string field, string? expected, string? actual, Dictionary<string, int[]> counts, List<EvaluationMiss> misses)
    {
        if (!counts.TryGetValue(name, out var count))
        {
            counts[name] = count = new int[3];
        }

        if (expected is null && actual is null)
        {
            return;
        }

        if (expected is not null && actual is not null && Key(field, expected) == Key(field, actual))
        {
            count[0]++;
            return;
        }

        if (actual is not null)
        {
            count[1]++;
        }

        if (expected is not null)
        {
            count[2]++;
        }

        misses.Add(new EvaluationMiss(document, name, expected, actual));
    }

    private static string Key(string field, string value) => field switch
    {
        "employer" => CompanyNames.Key(value),
        "name" => PersonNames.Key(value),
        _ => string.Join(' ', value.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)),
    };

    /// <summary>Truth persons paired with extracted ones: by passport number, then by name, then in order of appearance.</summary>
    private static IEnumerable<(PersonRecord? Truth, PersonRecord? Extracted)> Pair(IReadOnlyList<PersonRecord> truth, IReadOnlyList<PersonRecord> extracted)
    {
        var left = extracted.ToList();
        var unpaired = new List<PersonRecord>();
        foreach (var person in truth)
        {
            var match = left.FirstOrDefault(p => p.PassportNumber is not null && p.PassportNumber == person.PassportNumber)
                ?? left.FirstOrDefault(p => p.Name is not null && PersonNames.Key(p.Name) == PersonNames.Key(person.Name));
            if (match is null)
            {
                unpaired.Add(person);
                continue;
            }

            left.Remove(match);
            yield return (person, match);
        }

        foreach (var person in unpaired)
        {
            var next = left.FirstOrDefault();
            if (next is not null)
            {
                left.Remove(next);
            }

            yield return (person, next);
        }

        foreach (var person in left)
        {
            yield return (null, person);
        }
    }

    private static Dictionary<string, string?> Document(ExtractionRecord record) => new()
    {
        ["documentNumber"] = record.DocumentNumber,
        ["documentDate"] = Iso(record.DocumentDate),
        ["employer"] = record.Employer,
        ["location"] = record.Location,
    };

    private static Dictionary<string, string?> Person(PersonRecord person) => new()
    {
        ["name"] = person.Name,
        ["passportNumber"] = person.PassportNumber,
        ["nationality"] = person.Nationality,
        ["dateOfBirth"] = Iso(person.DateOfBirth),
        ["position"] = person.Position,
        ["permitNumber"] = person.PermitNumber,
        ["issueDate"] = Iso(person.IssueDate),
        ["expiryDate"] = Iso(person.ExpiryDate),
        ["passportExpiry"] = Iso(person.PassportExpiry),
        ["employer"] = person.Employer,
    };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
