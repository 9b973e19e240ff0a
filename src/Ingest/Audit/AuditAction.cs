namespace DocArchive.Ingest.Audit;

/// <summary>What a user did, as recorded in the audit log.</summary>
public enum AuditAction
{
    SignIn,
    SignInFailed,
    SignOut,
    Search,
    DocumentView,
    OriginalDownload,
    PersonView,
    FieldCorrection,
    Export,
    UserCreated,
    UserChanged,
    CompanyView,
    WatchView,
    SetupCompleted,
    SetupFailed,
    DocumentWithdrawn,
    ReviewView,
    DocumentListView,
    AuditView,
    AuditExport,
    ExportCount,
    AccessDenied,
    ReconciliationView,
    ReconciliationPrint,
    PersonsMerged,
    PersonsMarkedDifferent,
    PersonMergeUndone,
}
