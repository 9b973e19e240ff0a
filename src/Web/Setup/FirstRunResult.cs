namespace DocArchive.Web.Setup;

/// <summary>How a request to create the first administrator ended.</summary>
public enum FirstRunResult
{
    Created,
    AlreadyDone,
    WrongCode,
    Refused,
}
