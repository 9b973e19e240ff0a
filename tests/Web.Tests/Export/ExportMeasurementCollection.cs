namespace DocArchive.Web.Tests.Export;

/// <summary>Tests that measure the process's memory and time run alone, so the other tests' hosts do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMeasurementCollection
{
    public const string Name = "Export measurement";
}
