using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// The outcome of a decision on two persons, the decision recorded (or undone), and the documents now counted under another
/// person, which the search index must take again.
/// </summary>
public sealed record PersonDecisionResult(PersonDecisionOutcome Outcome, PersonDecision? Decision, IReadOnlyList<Guid> DocumentIds)
{
    public static PersonDecisionResult Refused(PersonDecisionOutcome outcome) => new(outcome, null, []);
}
