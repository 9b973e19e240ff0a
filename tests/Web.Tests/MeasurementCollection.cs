namespace DocArchive.Web.Tests;

/// <summary>Tests that measure the process's memory or time run alone, so the other tests' hosts do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasurementCollection
{
    public const string Name = "Measurement";
}
