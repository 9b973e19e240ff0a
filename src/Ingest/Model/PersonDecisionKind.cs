namespace DocArchive.Ingest.Model;

/// <summary>What an officer decided about two persons offered as possibly the same person.</summary>
public enum PersonDecisionKind
{
    /// <summary>One person: the other was merged into the first.</summary>
    Merged,

    /// <summary>Two persons: the pair is not offered again.</summary>
    Different,
}
