namespace DocArchive.Fixtures;

/// <summary>The repository the tests run from: the folder of <c>DocArchive.sln</c> above the test binaries.</summary>
public static class FixtureRepository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DocArchive.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("The repository root (DocArchive.sln) is not above the test binaries.");
    }
}
