using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// Where a person stands on a day, from the documents dated up to it: which sources count them, the end of their latest
/// permit, and their district, employer and position as their newest document naming each gives it.
/// </summary>
internal readonly record struct Standing(
    bool Permit,
    bool Rptka,
    bool Site,
    bool Minutes,
    DateOnly? PermitEnd,
    DateOnly LastSeen,
    District? District,
    Sighting? Employer,
    string? Position)
{
    public bool Known => Permit || Rptka || Site || Minutes;

    public bool Counts(ReconciliationSource source) => source switch
    {
        ReconciliationSource.Permit => Permit,
        ReconciliationSource.Rptka => Rptka,
        ReconciliationSource.Site => Site,
        ReconciliationSource.Minutes => Minutes,
        _ => Known,
    };

    /// <summary>
    /// The source a sighting counts its person in on <paramref name="day"/>, if any: a permit document in force; an RPTKA
    /// row in force (its period not ended, or without a period and dated within the window); a field report or minutes
    /// dated after <paramref name="windowStart"/>.
    /// </summary>
    public static ReconciliationSource? SourceOf(Sighting sighting, DateOnly day, DateOnly windowStart)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (sighting.Date > day)
        {
            return null;
        }

        var recent = sighting.Date > windowStart;
        return sighting.Type switch
        {
            DocumentTypes.Permit when sighting.Covers(day) => ReconciliationSource.Permit,
            DocumentTypes.Rptka when sighting.ExpiryDate >= day || (sighting.ExpiryDate is null && recent) => ReconciliationSource.Rptka,
            DocumentTypes.FieldReport when recent => ReconciliationSource.Site,
            DocumentTypes.Minutes when recent => ReconciliationSource.Minutes,
            _ => null,
        };
    }

    /// <summary>
    /// The standing on <paramref name="day"/> of a person named in <paramref name="sightings"/> (oldest first), each
    /// counted by <see cref="SourceOf"/>.
    /// </summary>
    public static Standing At(IReadOnlyList<Sighting> sightings, DateOnly day, DateOnly windowStart)
    {
        bool permit = false, rptka = false, site = false, minutes = false;
        DateOnly? permitEnd = null;
        DateOnly? lastSeen = null;
        District? district = null;
        Sighting? employer = null;
        string? position = null;
        foreach (var s in sightings)
        {
            if (s.Date > day)
            {
                break;
            }

            switch (SourceOf(s, day, windowStart))
            {
                case ReconciliationSource.Permit:
                    permit = true;
                    break;
                case ReconciliationSource.Rptka:
                    rptka = true;
                    break;
                case ReconciliationSource.Site:
                    site = true;
                    break;
                case ReconciliationSource.Minutes:
                    minutes = true;
                    break;
            }

            if (s.Type == DocumentTypes.Permit && s.ExpiryDate > (permitEnd ?? DateOnly.MinValue))
            {
                permitEnd = s.ExpiryDate;
            }

            lastSeen = s.Date;
            district = s.District ?? district;
            employer = s.EmployerKey is null ? employer : s;
            position = s.Position ?? position;
        }

        return lastSeen is { } last
            ? new Standing(permit, rptka, site, minutes, permitEnd, last, district, employer, position)
            : default;
    }
}
