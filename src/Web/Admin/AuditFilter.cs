using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Admin;

/// <summary>Which audit entries to show: by user, action and day range (days in UTC, both ends included).</summary>
public sealed record AuditFilter(string? UserName, AuditAction? Action, DateOnly? From, DateOnly? To)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            entries = entries.Where(e => e.UserName == UserName.Trim());
        }

        if (Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }
}
