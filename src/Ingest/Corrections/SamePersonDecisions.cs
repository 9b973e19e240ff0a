using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Register.Persons;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Corrections;

/// <summary>
/// An officer's decision on two persons offered as possibly the same (<see cref="PersonMerger"/>): merge them, mark them
/// different, or undo a merge. The documents whose person changed are indexed again, since the index keys persons by id.
/// </summary>
public sealed class SamePersonDecisions(PersonMerger merger, IBackgroundJobClient jobs, ILogger<SamePersonDecisions> logger)
{
    public async Task<PersonDecisionResult> MergeAsync(Guid personId, Guid otherId, string userName, CancellationToken cancellationToken) =>
        Reindex(await merger.MergeAsync(personId, otherId, userName, cancellationToken), "merged");

    public async Task<PersonDecisionResult> MarkDifferentAsync(Guid personId, Guid otherId, string userName, CancellationToken cancellationToken) =>
        Reindex(await merger.MarkDifferentAsync(personId, otherId, userName, cancellationToken), "marked different");

    public async Task<PersonDecisionResult> UndoAsync(Guid decisionId, string userName, CancellationToken cancellationToken) =>
        Reindex(await merger.UndoAsync(decisionId, userName, cancellationToken), "merge undone");

    private PersonDecisionResult Reindex(PersonDecisionResult result, string kind)
    {
        if (result.Decision is { } decision)
        {
            foreach (var documentId in result.DocumentIds)
            {
                jobs.Enqueue<IndexJob>(job => job.RunAsync(documentId, CancellationToken.None));
            }

            Log.PersonsDecided(logger, decision.PersonId, decision.OtherPersonId, kind, result.DocumentIds.Count);
        }

        return result;
    }
}
