namespace DocArchive.Search;

/// <summary>
/// Where the program's own files are: beside <c>docarchive.dll</c>, whatever the working directory. Defaults for the data
/// directory and the traineddata live there, so <c>./run.sh</c>, a systemd unit and a verb typed in another directory
/// all find the same archive; a path given explicitly (relative to the working directory) is taken as given.
/// </summary>
public static class ApplicationPaths
{
    /// <summary>The directory holding the running program.</summary>
    public static string Directory => AppContext.BaseDirectory;

    /// <summary>The default data directory: <c>data/</c> beside the program.</summary>
    public static string DefaultDataDir => Path.Combine(Directory, "data");

    /// <summary>The default traineddata directory: <c>tessdata/</c> beside the program.</summary>
    public static string DefaultTessdata => Path.Combine(Directory, "tessdata");
}
