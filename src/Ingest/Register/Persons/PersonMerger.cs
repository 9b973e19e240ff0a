using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Ingest.Model;
using DocArchive.Text;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// Possibly the same person: two persons, neither merged into another, whose passport numbers differ by one character OCR
/// confuses (<see cref="OcrConfusions"/>) and who have the same name and date of birth, or the same nationality and an
/// employer in common, are offered to officers until one merges them or marks them different. A merge moves the merged
/// person's documents to the survivor (the person with more documents; on a tie, the one whose passport number fits the
/// shape of their country's passports) and keeps the merged person as the one its values
/// match (<see cref="PersonDocument.MatchedPersonId"/>), so reading a document again links it to the survivor and undoing
/// the merge gives every such document back.
/// </summary>
public sealed class PersonMerger(CatalogDbContext db, TimeProvider time)
{
    /// <summary>The open pairs of <paramref name="personId"/> (a merged person has none).</summary>
    public async Task<IReadOnlyList<SamePersonCandidate>> CandidatesForAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await Standing().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person?.PassportNumber is not { } passport)
        {
            return [];
        }

        var misreadings = OcrConfusions.OneConfusionAway(passport).ToList();
        var others = await Standing().Where(p => misreadings.Contains(p.PassportNumber!)).ToListAsync(cancellationToken);
        return await OpenAsync([.. others.Select(o => (person, o))], cancellationToken);
    }

    /// <summary>Every open pair in the catalog, by name; the first <paramref name="limit"/> and how many there are.</summary>
    public async Task<(IReadOnlyList<SamePersonCandidate> Candidates, int Total)> OpenCandidatesAsync(int limit, CancellationToken cancellationToken)
    {
        var persons = await Standing().ToListAsync(cancellationToken);
        var byPassport = persons.ToDictionary(p => p.PassportNumber!, StringComparer.Ordinal);
        var pairs = persons
            .SelectMany(p => OcrConfusions.OneConfusionAway(p.PassportNumber!)
                .Select(m => byPassport.GetValueOrDefault(m))
                .OfType<Person>()
                .Where(o => string.CompareOrdinal(p.PassportNumber, o.PassportNumber) < 0)
                .Select(o => (p, o)))
            .ToList();
        var open = await OpenAsync(pairs, cancellationToken);
        var ordered = open
            .Select(c => c.Other.Documents > c.Person.Documents ? c with { Person = c.Other, Other = c.Person } : c)
            .OrderBy(c => c.Person.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Person.PassportNumber, StringComparer.Ordinal)
            .ToList();
        return ([.. ordered.Take(limit)], ordered.Count);
    }

    /// <summary>The merges into <paramref name="personId"/> that stand, newest first: what its page offers to undo.</summary>
    public async Task<IReadOnlyList<PersonMerge>> MergesIntoAsync(Guid personId, CancellationToken cancellationToken)
    {
        var decisions = await db.PersonDecisions.AsNoTracking()
            .Where(d => d.PersonId == personId && d.Kind == PersonDecisionKind.Merged && d.UndoneAt == null)
            .Join(db.Persons.AsNoTracking(), d => d.OtherPersonId, p => p.Id, (d, p) => new { Decision = d, Person = p })
            .ToListAsync(cancellationToken);
        var counts = await MatchedCountsAsync([.. decisions.Select(d => d.Person.Id)], cancellationToken);
        return [.. decisions
            .OrderByDescending(d => d.Decision.DecidedAt)
            .Select(d => new PersonMerge(d.Decision.Id, Summary(d.Person, counts), d.Decision.DecidedBy, d.Decision.DecidedAt))];
    }

    /// <summary>
    /// Merges the two persons into the one with more documents (on a tie, the one whose passport number fits their
    /// country's passports, else <paramref name="personId"/>): the other's documents, and those of persons merged into it
    /// before, count under the survivor.
    /// </summary>
    public Task<PersonDecisionResult> MergeAsync(Guid personId, Guid otherId, string userName, CancellationToken cancellationToken) =>
        DecideAsync(personId, otherId, userName, PersonDecisionKind.Merged, cancellationToken);

    /// <summary>Records that the two are different persons: the pair is not offered again.</summary>
    public Task<PersonDecisionResult> MarkDifferentAsync(Guid personId, Guid otherId, string userName, CancellationToken cancellationToken) =>
        DecideAsync(personId, otherId, userName, PersonDecisionKind.Different, cancellationToken);

    /// <summary>Undoes a merge that stands: the merged person has its documents again (those matching it, and its own merges').</summary>
    public async Task<PersonDecisionResult> UndoAsync(Guid decisionId, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        PersonDecisionResult result = PersonDecisionResult.Refused(PersonDecisionOutcome.NotFound);
        var undoneAt = time.GetUtcNow();
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                var decision = await db.PersonDecisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.Kind == PersonDecisionKind.Merged, token);
                var merged = decision is null ? null : await db.Persons.FirstOrDefaultAsync(p => p.Id == decision.OtherPersonId, token);
                if (decision is null || merged is null)
                {
                    result = PersonDecisionResult.Refused(PersonDecisionOutcome.NotFound);
                    return;
                }

                if (decision.UndoneAt is not null || merged.MergedIntoId != decision.PersonId)
                {
                    result = PersonDecisionResult.Refused(PersonDecisionOutcome.Refused);
                    return;
                }

                merged.MergedIntoId = null;
                decision.UndoneAt = undoneAt;
                decision.UndoneBy = CatalogText.Clip(userName, FieldCorrection.UserMaxLength);
                await db.SaveChangesAsync(token);
                result = new PersonDecisionResult(PersonDecisionOutcome.Done, decision, await MoveAsync(merged, merged.Id, token));
            },
            async token => await db.PersonDecisions.AsNoTracking().AnyAsync(d => d.Id == decisionId && d.UndoneAt == undoneAt, token),
            cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    private async Task<PersonDecisionResult> DecideAsync(
        Guid personId, Guid otherId, string userName, PersonDecisionKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        PersonDecisionResult result = PersonDecisionResult.Refused(PersonDecisionOutcome.NotFound);
        var decision = new PersonDecision
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            DecidedBy = CatalogText.Clip(userName, FieldCorrection.UserMaxLength),
            DecidedAt = time.GetUtcNow(),
        };
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                var persons = await db.Persons.Where(p => p.Id == personId || p.Id == otherId).ToListAsync(token);
                if (persons.Count != 2 || personId == otherId)
                {
                    result = PersonDecisionResult.Refused(personId == otherId && persons.Count == 1 ? PersonDecisionOutcome.Refused : PersonDecisionOutcome.NotFound);
                    return;
                }

                if (persons.Any(p => p.MergedIntoId is not null))
                {
                    result = PersonDecisionResult.Refused(PersonDecisionOutcome.Refused);
                    return;
                }

                var counts = await db.PersonDocuments.Where(l => l.PersonId == personId || l.PersonId == otherId)
                    .GroupBy(l => l.PersonId)
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, token);
                var (first, second) = (persons.Single(p => p.Id == personId), persons.Single(p => p.Id == otherId));
                var (survivor, merged) = Rank(second, counts).CompareTo(Rank(first, counts)) > 0 ? (second, first) : (first, second);
                decision.PersonId = survivor.Id;
                decision.OtherPersonId = merged.Id;
                db.PersonDecisions.Add(decision);
                if (kind == PersonDecisionKind.Merged)
                {
                    merged.MergedIntoId = survivor.Id;
                }

                await db.SaveChangesAsync(token);
                result = new PersonDecisionResult(
                    PersonDecisionOutcome.Done, decision, kind == PersonDecisionKind.Merged ? await MoveAsync(merged, survivor.Id, token) : []);
            },
            async token => await db.PersonDecisions.AsNoTracking().AnyAsync(d => d.Id == decision.Id, token),
            cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>How a person ranks to survive a merge: by documents, then by a passport number of their country's shape.</summary>
    private static (int Documents, bool Fits) Rank(Person person, Dictionary<Guid, int> counts) =>
        (counts.GetValueOrDefault(person.Id), person.PassportNumber is { } number && PassportShapes.FitsCountry(number, person.Nationality));

    /// <summary>
    /// Counts every document matching <paramref name="person"/> or a person merged into it (through earlier merges) under
    /// <paramref name="survivorId"/>; returns those documents.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> MoveAsync(Person person, Guid survivorId, CancellationToken cancellationToken)
    {
        var persons = new HashSet<Guid> { person.Id };
        List<Guid> frontier = [person.Id];
        while (frontier.Count > 0)
        {
            var current = frontier;
            frontier = [.. (await db.Persons.AsNoTracking()
                    .Where(p => p.MergedIntoId != null && current.Contains(p.MergedIntoId.Value))
                    .Select(p => p.Id)
                    .ToListAsync(cancellationToken))
                .Where(persons.Add)];
        }

        var moved = db.PersonDocuments.Where(l => persons.Contains(l.MatchedPersonId));
        var documents = await moved.Select(l => l.DocumentId).Distinct().ToListAsync(cancellationToken);
        await moved.ExecuteUpdateAsync(s => s.SetProperty(l => l.PersonId, survivorId), cancellationToken);
        return documents;
    }

    /// <summary>
    /// The pairs that are possibly one person: the same name and date of birth, or the same nationality and an employer in
    /// common, and not marked different.
    /// </summary>
    private async Task<List<SamePersonCandidate>> OpenAsync(List<(Person Person, Person Other)> pairs, CancellationToken cancellationToken)
    {
        var ids = pairs.SelectMany(p => new[] { p.Person.Id, p.Other.Id }).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var employers = (await db.PersonDocuments.AsNoTracking()
                .Where(l => ids.Contains(l.PersonId) && l.EmployerKey != null)
                .Select(l => new { l.PersonId, l.EmployerKey })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.PersonId, l => l.EmployerKey!);
        var different = (await db.PersonDecisions.AsNoTracking()
                .Where(d => d.Kind == PersonDecisionKind.Different && (ids.Contains(d.PersonId) || ids.Contains(d.OtherPersonId)))
                .Select(d => new { d.PersonId, d.OtherPersonId })
                .ToListAsync(cancellationToken))
            .SelectMany(d => new[] { (d.PersonId, d.OtherPersonId), (d.OtherPersonId, d.PersonId) })
            .ToHashSet();
        var counts = await db.PersonDocuments.AsNoTracking()
            .Where(l => ids.Contains(l.PersonId))
            .GroupBy(l => l.PersonId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var open = new List<SamePersonCandidate>();
        foreach (var (person, other) in pairs.Where(p => !different.Contains((p.Person.Id, p.Other.Id))))
        {
            SamePersonReason? reason =
                person.Name is not null && person.Name == other.Name && person.DateOfBirth is not null && person.DateOfBirth == other.DateOfBirth
                    ? SamePersonReason.NameAndBirth
                    : person.Nationality is not null && person.Nationality == other.Nationality && employers[person.Id].Intersect(employers[other.Id]).Any()
                        ? SamePersonReason.NationalityAndEmployer
                        : null;
            if (reason is { } why)
            {
                open.Add(new SamePersonCandidate(Summary(person, counts), Summary(other, counts), why));
            }
        }

        return open;
    }

    /// <summary>The persons that may be offered: with a passport number, merged into no one, named in a document.</summary>
    private IQueryable<Person> Standing() =>
        db.Persons.AsNoTracking().Where(p => p.PassportNumber != null && p.MergedIntoId == null && p.Documents.Any());

    private async Task<Dictionary<Guid, int>> MatchedCountsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        await db.PersonDocuments.AsNoTracking()
            .Where(l => ids.Contains(l.MatchedPersonId))
            .GroupBy(l => l.MatchedPersonId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static PersonSummary Summary(Person person, Dictionary<Guid, int> counts) =>
        new(person.Id, person.Name, person.PassportNumber, person.Nationality, person.DateOfBirth, counts.GetValueOrDefault(person.Id));
}
