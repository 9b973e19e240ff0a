namespace DocArchive.Ingest.Extraction;

/// <summary>The candidates gathered for one person, the best per field kept by source rank.</summary>
internal sealed class PersonDraft
{
    private static readonly string[] MrzFirst = ["name", "passportNumber", "nationality", "dateOfBirth"];

    public Dictionary<string, Candidate> Values { get; } = [];

    public List<FieldConflict> Conflicts { get; } = [];

    /// <summary>The fields read twice with the same value (a printed name and its zone's, a label and a table cell).</summary>
    public HashSet<string> Agreed { get; } = new(StringComparer.Ordinal);

    public string? this[string field] => Values.TryGetValue(field, out var c) ? c.Value : null;

    /// <summary>Keeps <paramref name="candidate"/> if its field is empty or it outranks the value there (a valid MRZ outranks labels).</summary>
    public void Offer(Candidate candidate)
    {
        if (!Values.TryGetValue(candidate.Field, out var current))
        {
            Values[candidate.Field] = candidate;
            return;
        }

        if (Same(candidate, current) && candidate.Evidence.Source != current.Evidence.Source)
        {
            Agreed.Add(candidate.Field);
        }

        if (Rank(candidate) > Rank(current))
        {
            Values[candidate.Field] = candidate;
            Record(candidate, current);
        }
        else if (Rank(candidate) < Rank(current))
        {
            Record(current, candidate);
        }
    }

    private void Record(Candidate kept, Candidate other)
    {
        if (kept.Evidence.Source == FieldSources.Mrz && !Same(kept, other))
        {
            Conflicts.Add(new FieldConflict(kept.Field, kept.Value, kept.Evidence.Source, other.Value, other.Evidence.Source));
        }
    }

    private static bool Same(Candidate a, Candidate b) => a.Field == "name"
        ? Normalisation.PersonNames.Key(a.Value) == Normalisation.PersonNames.Key(b.Value)
        : string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase);

    private static int Rank(Candidate candidate) => candidate.Evidence.Source switch
    {
        FieldSources.Mrz when MrzFirst.Contains(candidate.Field) => 4,
        FieldSources.Label => 3,
        FieldSources.Table => 2,
        FieldSources.Mrz => 1,
        _ => 0,
    };

    /// <summary>The person's record; an employer that reads like the document's (one letter misread) is the document's.</summary>
    public PersonRecord ToRecord(string? documentEmployer) => new()
    {
        Name = this["name"],
        PassportNumber = this["passportNumber"],
        Nationality = this["nationality"],
        DateOfBirth = FieldValues.Date(this["dateOfBirth"]),
        Position = this["position"],
        PermitNumber = this["permitNumber"],
        IssueDate = FieldValues.Date(this["issueDate"]),
        ExpiryDate = FieldValues.Date(this["expiryDate"]),
        PassportExpiry = FieldValues.Date(this["passportExpiry"]),
        Employer = this["employer"] is { } own && !Normalisation.Employers.Resembles(own, documentEmployer) ? own : documentEmployer ?? this["employer"],
    };
}
