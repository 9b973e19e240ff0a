namespace DocArchive.Web;

/// <summary>The web host's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Warning, "Upload refused: {Reason}")]
    public static partial void UploadRefused(ILogger logger, string reason);
}
