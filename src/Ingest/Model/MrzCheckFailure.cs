using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Model;

/// <summary>A check digit of a machine-readable zone that does not match what was read: the field it guards is to be reviewed.</summary>
public sealed class MrzCheckFailure
{
    public const int ZoneMaxLength = 200;

    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>1-based.</summary>
    public int Page { get; set; }

    /// <summary>The check that fails: documentNumber, dateOfBirth, expiry, optional or composite.</summary>
    public required string Check { get; set; }

    /// <summary>The field key an officer checks against the page (<c>passportNumber</c>, <c>dateOfBirth</c>).</summary>
    public required string Key { get; set; }

    /// <summary>The zone's lines as read, one per line.</summary>
    public required string Zone { get; set; }

    public MrzFailure ToFailure() => new(Page, Check, Key, Zone);
}
