using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace DocArchive.Ingest.Tests.Jobs;

/// <summary>An <see cref="IBackgroundJobClient"/> that keeps the jobs it is given instead of running them.</summary>
internal sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly List<Job> created = [];
    private readonly List<IState> states = [];

    public IReadOnlyList<Job> Created => created;

    /// <summary>The state each job was created in (enqueued, scheduled).</summary>
    public IReadOnlyList<IState> States => states;

    public IEnumerable<Guid> DocumentIdsFor<TJob>() =>
        created.Where(j => j.Type == typeof(TJob)).Select(j => (Guid)j.Args[0]);

    public string Create(Job job, IState state)
    {
        lock (created)
        {
            created.Add(job);
            states.Add(state);
            return created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
