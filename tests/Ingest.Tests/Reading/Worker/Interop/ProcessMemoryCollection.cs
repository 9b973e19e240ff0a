namespace DocArchive.Ingest.Tests.Reading.Worker.Interop;

/// <summary>Tests that measure the process's resident memory run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "Process memory";
}
