using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Model;
using DocArchive.Web.Audit;

namespace DocArchive.Web.Corrections;

/// <summary>Writes a correction to the audit log: the document, the field, the machine's value and the officer's.</summary>
public static class CorrectionAudit
{
    public static Task AppendAsync(AuditLog audit, HttpContext context, FieldCorrection correction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(correction);
        return audit.AppendAsync(
            context,
            AuditAction.FieldCorrection,
            $"{correction.DocumentId} {correction.Key}: {correction.MachineValue ?? "-"} -> {correction.Value}",
            cancellationToken);
    }
}
