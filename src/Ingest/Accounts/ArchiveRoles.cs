namespace DocArchive.Ingest.Accounts;

/// <summary>The roles a user may hold; what each one may do is decided by the web host's policies.</summary>
public static class ArchiveRoles
{
    /// <summary>Uploads scans and follows their status.</summary>
    public const string Clerk = "clerk";

    /// <summary>Searches, views documents and persons, corrects fields.</summary>
    public const string Officer = "officer";

    /// <summary>An officer who also exports and sees statistics.</summary>
    public const string Analyst = "analyst";

    /// <summary>Manages users, reads the audit log, watches the jobs.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Clerk, Officer, Analyst, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
