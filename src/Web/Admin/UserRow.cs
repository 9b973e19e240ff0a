namespace DocArchive.Web.Admin;

/// <summary>One user as the admin page lists them.</summary>
public sealed record UserRow(string Id, string UserName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? LockedUntil, DateTimeOffset? DisabledAt);
