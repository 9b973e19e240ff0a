using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Classification;
using DocArchive.Ingest.Extraction.Confidence;
using DocArchive.Ingest.Extraction.Labels;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Ingest.Extraction.Patterns;
using DocArchive.Ingest.Extraction.Tables;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction;

/// <summary>
/// Turns a document's pages into its canonical extraction record: the type, then fields read from labels, tables,
/// machine-readable zones and running text, merged by the rules of docs/domain.md#which-value-goes-where, each value with its evidence.
/// </summary>
public sealed partial class DocumentExtractor(TimeProvider clock)
{
    private const double LabelWeight = 0.95;
    private const double TableWeight = 0.9;
    private const double MrzWeight = 0.99;

    private static readonly string[] LooseFields = ["name", "surname", "givenNames", "position", "location"];

    /// <summary>The columns of an RPTKA's table of positions and the position fields they give.</summary>
    private static readonly Dictionary<string, string> PositionColumns = new(StringComparer.Ordinal)
    {
        ["position"] = PositionRecord.TitleField,
        ["count"] = PositionRecord.CountField,
        ["nationality"] = PositionRecord.NationalityField,
        ["location"] = PositionRecord.LocationField,
        ["expiryDate"] = PositionRecord.UntilField,
    };

    /// <summary>Extracts the record of <paramref name="pages"/>; <paramref name="rereads"/> are zone bands re-read with a whitelist.</summary>
    public ExtractionRecord Extract(IReadOnlyList<PageText> pages, IReadOnlyList<MrzReread>? rereads = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var layouts = pages.Select(PageLayout.Lines).ToList();
        var zones = Zones(layouts, rereads ?? [], Today());
        var classification = DocumentClassifier.Classify(layouts, [.. zones.Select(z => z.Result)]);
        var passportPages = zones.Where(z => z.Result.IsPassport).Select(z => z.Page).ToHashSet();
        var passportDocument = classification.DocumentType == DocumentTypes.Passport;

        var document = new List<Candidate>();
        var persons = new List<PersonDraft>();
        var patterns = new List<PatternFindings>();
        var positions = new List<Dictionary<string, Candidate>>();
        foreach (var lines in layouts.Where(l => l.Count > 0))
        {
            var used = new HashSet<int>();
            var onPassport = passportDocument || passportPages.Contains(lines[0].Page);

            // A passport's data page lays its labelled boxes side by side, never a table of persons.
            foreach (var row in onPassport ? [] : TableExtractor.Extract(lines, used))
            {
                AddTableRow(row, persons, document, classification.DocumentType == DocumentTypes.Rptka ? positions : null);
            }

            AddLabels(LabelExtractor.Extract(lines, used), onPassport, persons, document);
            patterns.Add(PatternExtractor.Extract(lines));
        }

        foreach (var zone in zones)
        {
            AddZone(zone.Result, zone.Page, zone.Confidence, persons);
        }

        var documentValues = document.Concat(patterns.SelectMany(p => p.Document)).ToList();
        foreach (var found in patterns.SelectMany(p => p.Persons))
        {
            AddPatternPerson(found, persons, classification.DocumentType == DocumentTypes.Minutes);
        }

        // Repaired before merging, so that a printed number meets its zone's; after, for holders whose nationality came with the merge.
        RepairPassportNumbers(persons);
        var merged = Merged(persons);
        RepairPassportNumbers(merged);
        return Build(classification, documentValues, merged, positions, Today()) with
        {
            MrzFailures = [.. zones.SelectMany(z => Failures(z.Result, z.Page))],
        };
    }

    /// <summary>Printed passport numbers put into their holder's country's shape (<see cref="PassportShapes"/>); zones' numbers are checked already.</summary>
    private static void RepairPassportNumbers(List<PersonDraft> persons)
    {
        foreach (var person in persons)
        {
            if (person.Values.TryGetValue("passportNumber", out var number) && number.Evidence.Source != FieldSources.Mrz
                && PassportShapes.Repair(number.Value, person["nationality"]) is var repaired && repaired != number.Value)
            {
                person.Values["passportNumber"] = number with { Value = repaired, Evidence = number.Evidence with { Value = repaired } };
            }
        }
    }

    /// <summary>
    /// The persons with those read twice made one (a permit's holder again on the passport page behind it): the same
    /// passport number, or the same name where the passport numbers do not differ.
    /// </summary>
    private static List<PersonDraft> Merged(List<PersonDraft> persons)
    {
        var merged = new List<PersonDraft>();
        foreach (var person in persons)
        {
            var number = person["passportNumber"];
            var name = PersonNames.Key(person["name"]);
            var same = merged.FirstOrDefault(m => number is not null && m["passportNumber"] == number)
                ?? merged.FirstOrDefault(m => name.Length > 0 && PersonNames.Key(m["name"]) == name
                    && (number is null || m["passportNumber"] is null));
            if (same is null)
            {
                merged.Add(person);
                continue;
            }

            foreach (var candidate in person.Values.Values)
            {
                same.Offer(candidate);
            }

            same.Conflicts.AddRange(person.Conflicts);
        }

        return merged;
    }

    /// <summary>The zone's failing check digits, each with the field it guards (the composite and optional ones: the passport number).</summary>
    private static IEnumerable<MrzFailure> Failures(MrzResult zone, int page) => zone.FailedChecks.Select(check => new MrzFailure(
        page,
        check,
        check switch
        {
            "dateOfBirth" => "dateOfBirth",
            "expiry" => zone.DocumentCode.StartsWith('P') ? "passportExpiry" : "expiryDate",
            _ => "passportNumber",
        },
        string.Join('\n', zone.Lines)));

    private static ExtractionRecord Build(
        Classification.Classification classification, List<Candidate> document, List<PersonDraft> persons, List<Dictionary<string, Candidate>> positions, DateOnly today)
    {
        var fields = new Dictionary<string, FieldEvidence>();
        Candidate? First(string field)
        {
            var candidate = document.Where(c => c.Field == field).OrderByDescending(Rank).FirstOrDefault();
            if (candidate is not null)
            {
                var agreed = document.Count(c => c.Field == field && SameValue(field, c.Value, candidate.Value)) >= 2;
                fields[field] = Calibration.Calibrate(field, candidate.Evidence, Doubts.Of(field, candidate.Value, candidate.Evidence, _ => null, today), agreed);
            }

            return candidate;
        }

        var employer = First("employer")?.Value;
        var records = new List<PersonRecord>();
        foreach (var person in persons.Where(p => p["name"] is not null || p["passportNumber"] is not null))
        {
            foreach (var (field, candidate) in person.Values.Where(v => v.Key is not ("surname" or "givenNames")))
            {
                fields[FieldKeys.Person(records.Count, field)] = Calibrated(field, candidate, person, employer, today);
            }

            records.Add(person.ToRecord(employer));
        }

        for (var i = 0; i < positions.Count; i++)
        {
            foreach (var (field, candidate) in positions[i])
            {
                fields[FieldKeys.Position(i, field)] = candidate.Evidence;
            }
        }

        return new ExtractionRecord
        {
            DocumentType = classification.DocumentType,
            DocumentTypeConfidence = classification.Confidence,
            DocumentNumber = First("documentNumber")?.Value,
            DocumentDate = FieldValues.Date(First("documentDate")?.Value),
            Employer = employer,
            Location = First("location")?.Value,
            Persons = records,
            Fields = fields,
            Conflicts = [.. persons.SelectMany(p => p.Conflicts)],
        };
    }

    /// <summary>
    /// A person's value with its confidence calibrated: agreed when read twice alike, guarded by its zone's check digit, or
    /// (an employer) the document's own; doubted when <see cref="Doubts"/> finds a reason, or when its zone's name wins over
    /// a different printed name (a zone's letters misread, or its name cut short).
    /// </summary>
    private static FieldEvidence Calibrated(string field, Candidate candidate, PersonDraft person, string? employer, DateOnly today)
    {
        var checkDigit = candidate.Evidence.Source == FieldSources.Mrz && field is "passportNumber" or "dateOfBirth" or "passportExpiry" or "expiryDate";
        var agreed = person.Agreed.Contains(field) || checkDigit || (field == "employer" && SameValue(field, candidate.Value, employer));
        var doubt = field == "name" && person.Conflicts.Any(c => c.Field == "name")
            ? Doubts.Conflict
            : Doubts.Of(field, candidate.Value, candidate.Evidence, f => person[f], today);
        return Calibration.Calibrate(field, candidate.Evidence, doubt, agreed);
    }

    private static bool SameValue(string field, string a, string? b) => b is not null && (field == "employer"
        ? DocArchive.Text.CompanyNames.Key(a) == DocArchive.Text.CompanyNames.Key(b)
        : string.Equals(a, b, StringComparison.OrdinalIgnoreCase));

    private static int Rank(Candidate candidate) => candidate.Evidence.Source switch
    {
        FieldSources.Label => 3,
        FieldSources.Table => 2,
        _ => 1,
    };

    /// <summary>The machine-readable zones of <paramref name="pages"/>: each band as re-read when that validates, else as first read.</summary>
    public IReadOnlyList<MrzZone> ReadZones(IReadOnlyList<PageText> pages, IReadOnlyList<MrzReread> rereads)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(rereads);
        return Zones([.. pages.Select(PageLayout.Lines)], rereads, Today());
    }

    /// <summary>The zone in <paramref name="lines"/> as <see cref="MrzReader"/> reads it today, or null.</summary>
    public MrzResult? ReadZone(IReadOnlyList<string> lines) => MrzReader.Read(lines, Today());

    /// <summary>
    /// Whether <paramref name="reading"/> of <paramref name="band"/> settles the zone: every check digit holds as read, with
    /// no repair, and the page prints every part of its names, so that what check digits do not cover is confirmed too.
    /// </summary>
    public bool Settles(IReadOnlyList<string> reading, MrzBand band, PageText page)
    {
        ArgumentNullException.ThrowIfNull(band);
        return ReadZone(reading) is { IsValid: true, Repaired: false } zone
            && MrzPrintedNames.AllPrinted(zone, PrintedWords(PageLayout.Lines(page), band.Box));
    }

    /// <summary>The zone several readings of one band agree on, as <see cref="MrzConsensus"/> combines them today, or null.</summary>
    public MrzResult? ReadConsensusZone(IReadOnlyList<IReadOnlyList<string>> readings) => MrzConsensus.Read(readings, Today());

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static List<MrzZone> Zones(List<IReadOnlyList<TextLine>> layouts, IReadOnlyList<MrzReread> rereads, DateOnly today)
    {
        var zones = new List<MrzZone>();
        foreach (var band in layouts.SelectMany(MrzLocator.Find))
        {
            // The readings of the band, re-read ones first: the one failing fewest check digits wins.
            var result = rereads.Where(r => r.Page == band.Page).Select(r => r.Lines).Append(band.Lines)
                .Select(lines => MrzReader.Read(lines, today))
                .OfType<MrzResult>()
                .MinBy(r => r.FailedChecks.Count);
            if (result is not null)
            {
                var printed = PrintedWords(layouts.SelectMany(l => l).Where(l => l.Page == band.Page), band.Box);
                zones.Add(new MrzZone(MrzPrintedNames.Corroborate(result, printed, today), band.Page, band.Confidence));
            }
        }

        foreach (var reread in rereads.Where(r => zones.All(z => z.Page != r.Page)))
        {
            if (MrzReader.Read(reread.Lines, today) is { } result)
            {
                zones.Add(new MrzZone(result, reread.Page, reread.Confidence));
            }
        }

        return zones;
    }

    /// <summary>The words of a page's lines outside the zone's band and of no zone (no filler), as runs of upper-case letters: the names it prints.</summary>
    private static List<string> PrintedWords(IEnumerable<TextLine> lines, BoundingBox band) =>
    [
        .. lines
            .Where(l => l.Box.Bottom < band.Top || l.Box.Top > band.Bottom)
            .SelectMany(l => l.Words)
            .Where(w => !w.Text.Contains('<', StringComparison.Ordinal))
            .SelectMany(w => LetterRuns().Split(w.Text.ToUpperInvariant()))
            .Where(w => w.Length > 0),
    ];

    [GeneratedRegex("[^A-Z]+", RegexOptions.CultureInvariant)]
    private static partial Regex LetterRuns();

    private static void AddZone(MrzResult zone, int page, double confidence, List<PersonDraft> persons)
    {
        Candidate Make(string field, string value) =>
            new(field, value, new FieldEvidence(value, Math.Round(MrzWeight * Math.Max(confidence, 0.9), 3), page, FieldSources.Mrz, null));

        var found = new List<Candidate>();
        if (zone.IsValid && PersonNames.Normalise(zone.Name) is { } name)
        {
            found.Add(Make("name", name));
            found.Add(Make("nationality", zone.Nationality));
        }

        if (zone.DocumentNumberValid && zone.DocumentCode.StartsWith('P') && Identifiers.IsPassportShape(zone.DocumentNumber, 1))
        {
            found.Add(Make("passportNumber", zone.DocumentNumber));
        }

        if (zone.BirthDateValid)
        {
            found.Add(Make("dateOfBirth", FieldValues.Iso(zone.BirthDate)!));
        }

        if (zone.ExpiryDateValid)
        {
            found.Add(Make(zone.DocumentCode.StartsWith('P') ? "passportExpiry" : "expiryDate", FieldValues.Iso(zone.ExpiryDate)!));
        }

        if (found.Count == 0)
        {
            return;
        }

        var number = found.FirstOrDefault(c => c.Field == "passportNumber")?.Value;
        var target = persons.FirstOrDefault(p => number is not null && p["passportNumber"] == number)
            ?? (persons.Count == 1 ? persons[0] : null);
        if (target is null)
        {
            if (persons.Count > 0)
            {
                return;
            }

            target = new PersonDraft();
            persons.Add(target);
        }

        found.ForEach(target.Offer);
    }

    /// <summary>Adds a table row's person, if it names one; and in an RPTKA (<paramref name="positions"/> given) the row's position, if it has a title.</summary>
    private static void AddTableRow(TableRow row, List<PersonDraft> persons, List<Candidate> document, List<Dictionary<string, Candidate>>? positions)
    {
        var person = new PersonDraft();
        var position = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var (field, words) in row.Cells)
        {
            var printed = row.Text(field);
            if (FieldValues.Normalise(field, printed) is not { } value)
            {
                continue;
            }

            var candidate = new Candidate(field, value, Evidence(value, words, row.Page, FieldSources.Table, TableWeight));
            if (PositionColumns.TryGetValue(field, out var positionField))
            {
                position[positionField] = candidate with { Field = positionField };
            }

            if (field == "location")
            {
                document.Add(candidate);
            }
            else if (field != "count")
            {
                person.Offer(candidate);
            }
        }

        if (positions is not null && position.ContainsKey(PositionRecord.TitleField))
        {
            positions.Add(position);
        }

        if (person["name"] is not null || person["passportNumber"] is not null)
        {
            persons.Add(person);
        }
    }

    private static void AddLabels(List<LabelHit> hits, bool onPassport, List<PersonDraft> persons, List<Candidate> document)
    {
        PersonDraft? current = null;
        foreach (var hit in hits)
        {
            // A passport's own dates are no permit dates: its expiry is the passport's, its issue date is in no record.
            var field = hit.Field == "expiryDate" && onPassport ? "passportExpiry" : hit.Field;
            if ((!hit.Marked && LooseFields.Contains(field)) || (onPassport && field == "issueDate"))
            {
                continue;
            }

            if (FieldValues.Normalise(field, hit.Value) is not { } value)
            {
                continue;
            }

            var candidate = new Candidate(field, value, Evidence(value, hit.Words, hit.Page, FieldSources.Label, LabelWeight));
            switch (field)
            {
                case "documentNumber" or "documentDate":
                    document.Add(candidate);
                    break;
                case "location":
                    document.Add(candidate);
                    if (Employers.Find(hit.Value).FirstOrDefault() is { Index: <= 1 } company)
                    {
                        document.Add(candidate with { Field = "employer", Value = company.Name, Evidence = candidate.Evidence with { Value = company.Name } });
                    }

                    break;
                case "employer":
                    document.Add(candidate);
                    if (current?["name"] is not null && current["employer"] is null)
                    {
                        current.Offer(candidate);
                    }

                    break;
                default:
                    if (current is null || (current[field] is { } existing && existing != value))
                    {
                        current = new PersonDraft();
                        persons.Add(current);
                    }

                    current.Offer(candidate);
                    break;
            }
        }

        foreach (var person in persons.Where(p => p["name"] is null && p["surname"] is not null))
        {
            var surname = person.Values["surname"];
            var name = person["givenNames"] is { } given ? $"{surname.Value} {given}" : surname.Value;
            person.Offer(surname with { Field = "name", Value = name, Evidence = surname.Evidence with { Value = name } });
        }
    }

    private static void AddPatternPerson(List<Candidate> found, List<PersonDraft> persons, bool minutes)
    {
        var number = found.FirstOrDefault(c => c.Field == "passportNumber")?.Value;
        var name = PersonNames.Key(found.First(c => c.Field == "name").Value);
        var target = persons.FirstOrDefault(p => (number is not null && p["passportNumber"] == number) || PersonNames.Key(p["name"]) == name);
        if (target is null)
        {
            if (!minutes && persons.Count > 0)
            {
                return;
            }

            target = new PersonDraft();
            persons.Add(target);
        }

        found.ForEach(target.Offer);
    }

    private static FieldEvidence Evidence(string value, IReadOnlyList<PageWord> words, int page, string source, double weight)
    {
        var confidence = words.Count == 0 ? weight : weight * words.Average(w => w.Confidence);
        return new FieldEvidence(value, Math.Round(confidence, 3), page, source, words.Count == 0 ? null : Boxes.Union(words.Select(w => w.Box)));
    }
}
