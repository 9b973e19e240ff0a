namespace DocArchive.Web;

/// <summary>The web host's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Warning, "Upload refused: {Reason}")]
    public static partial void UploadRefused(ILogger logger, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "No user can sign in yet: create the first admin with 'docarchive users add NAME --role admin'")]
    public static partial void NoUsers(ILogger logger);
}
