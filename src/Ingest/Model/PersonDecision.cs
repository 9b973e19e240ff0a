namespace DocArchive.Ingest.Model;

/// <summary>
/// An officer's decision on two persons offered as possibly the same (<see cref="Register.Persons.PersonMerger"/>): for
/// <see cref="PersonDecisionKind.Merged"/>, <see cref="OtherPersonId"/> was merged into <see cref="PersonId"/>, the
/// survivor, until an officer undid it; for <see cref="PersonDecisionKind.Different"/> the two are not offered again.
/// </summary>
public sealed class PersonDecision
{
    public Guid Id { get; set; }

    /// <summary>The surviving person of a merge; for two different persons, the first of the pair.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The person merged into <see cref="PersonId"/>; for two different persons, the second.</summary>
    public Guid OtherPersonId { get; set; }

    public PersonDecisionKind Kind { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>Who undid a merge; null while it stands.</summary>
    public string? UndoneBy { get; set; }

    public DateTimeOffset? UndoneAt { get; set; }
}
