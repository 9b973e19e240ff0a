namespace DocArchive.Web.Commands;

/// <summary>How one imported file ended.</summary>
public sealed record ImportOutcome(string Path, Guid DocumentId, bool Duplicate, bool Failed, string? FailureReason);
