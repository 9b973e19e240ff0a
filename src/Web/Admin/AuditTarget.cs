namespace DocArchive.Web.Admin;

/// <summary>What an audit entry was about, as the audit page shows it: a text in the reader's language, a link when it names a record.</summary>
public sealed record AuditTarget(string Text, string? Link = null, string? Detail = null);
