namespace DocArchive.Ingest.Audit;

/// <summary>One line of the audit log: who did what to which target, and when. Never changed once written.</summary>
public sealed class AuditEntry
{
    public const int MaxTargetLength = 500;

    public const int MaxUserNameLength = 256;

    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The user name as given (for a failed sign-in, the name that was tried).</summary>
    public required string UserName { get; init; }

    public AuditAction Action { get; init; }

    /// <summary>What the action was about: a query, a document or person id, a user name.</summary>
    public required string Target { get; init; }

    /// <summary>The client address the request came from, when known.</summary>
    public string? Address { get; init; }
}
