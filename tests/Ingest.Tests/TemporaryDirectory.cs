namespace DocArchive.Ingest.Tests;

/// <summary>A directory for one test's files, deleted afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("docarchive-ingest-");

    public string Path => directory.FullName;

    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => directory.Delete(recursive: true);
}
