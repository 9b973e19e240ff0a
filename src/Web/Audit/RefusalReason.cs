namespace DocArchive.Web.Audit;

/// <summary>Why a signed-in user's request was refused.</summary>
public enum RefusalReason
{
    /// <summary>Their roles do not hold the right the page or endpoint needs.</summary>
    Roles,

    /// <summary>A change through the API sent from somewhere else than the archive's own pages.</summary>
    OtherOrigin,
}
