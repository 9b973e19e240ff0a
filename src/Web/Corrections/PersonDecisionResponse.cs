using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Persons;

namespace DocArchive.Web.Corrections;

/// <summary>
/// A decision on two persons as the API gives it: for a merge, <see cref="PersonId"/> survives and <see cref="OtherPersonId"/>
/// was merged into it; the documents now counted under another person (indexed again).
/// </summary>
public sealed record PersonDecisionResponse(
    Guid DecisionId, PersonDecisionKind Kind, Guid PersonId, Guid OtherPersonId, string DecidedBy, DateTimeOffset DecidedAt, DateTimeOffset? UndoneAt,
    IReadOnlyList<Guid> DocumentIds)
{
    public static PersonDecisionResponse From(PersonDecisionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var decision = result.Decision ?? throw new ArgumentException("The result holds no decision.", nameof(result));
        return new(decision.Id, decision.Kind, decision.PersonId, decision.OtherPersonId, decision.DecidedBy, decision.DecidedAt, decision.UndoneAt, result.DocumentIds);
    }
}
