namespace DocArchive.Web;

/// <summary>The web host's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Warning, "Upload refused: {Reason}")]
    public static partial void UploadRefused(ILogger logger, string reason);

    [LoggerMessage(3002, LogLevel.Warning,
        "No user exists yet. Open the archive in a browser and create the first administrator with the one-time setup code {SetupCode} (or run 'docarchive users add NAME --role admin').")]
    public static partial void FirstRunOpen(ILogger logger, string setupCode);
}
