using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Model;
using DocArchive.Web.Audit;

namespace DocArchive.Web.Corrections;

/// <summary>Writes a decision on two persons to the audit log: the survivor (or the first of the pair) and the other.</summary>
public static class SamePersonAudit
{
    public static Task AppendAsync(AuditLog audit, HttpContext context, PersonDecision decision, bool undone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(decision);
        var action = undone
            ? AuditAction.PersonMergeUndone
            : decision.Kind == PersonDecisionKind.Merged ? AuditAction.PersonsMerged : AuditAction.PersonsMarkedDifferent;
        return audit.AppendAsync(context, action, $"{decision.PersonId} {decision.OtherPersonId}", cancellationToken);
    }
}
