namespace DocArchive.Integration.Tests.Jobs;

/// <summary>Tests that restart the shared PostgreSQL test server run alone, so that no other test sees the restart.</summary>
[CollectionDefinition(nameof(DatabaseRestartCollection), DisableParallelization = true)]
public sealed class DatabaseRestartCollection;
