namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>Whose count a number is: the persons known to any source, or to one kind of document.</summary>
public enum ReconciliationSource
{
    /// <summary>Known to at least one of the sources below: the register's own count.</summary>
    Known,

    /// <summary>A permit document (KITAS, KITAP, IMTA) in force on the day.</summary>
    Permit,

    /// <summary>Named in an RPTKA approval in force on the day.</summary>
    Rptka,

    /// <summary>Found on site: named in a field report of the last months.</summary>
    Site,

    /// <summary>Named in the minutes of a meeting of the last months.</summary>
    Minutes,
}
