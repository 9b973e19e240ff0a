using Microsoft.AspNetCore.Identity;

namespace DocArchive.Ingest.Accounts;

/// <summary>A person who signs in to the archive; roles say what they may do.</summary>
public sealed class ArchiveUser : IdentityUser
{
    public const int MaxNameLength = 64;

    /// <summary>The interface language the user chose last: <c>id</c> (the default) or <c>en</c>.</summary>
    public string Language { get; set; } = ArchiveLanguages.Default;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an admin disabled the user; a disabled user cannot sign in and their sessions end. Null: active.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
