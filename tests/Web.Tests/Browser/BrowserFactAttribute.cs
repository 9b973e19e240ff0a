namespace DocArchive.Web.Tests.Browser;

/// <summary>A test that needs Chromium: skipped where it is missing, except on CI, where it then fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserSession.SkipReason;
    }
}
