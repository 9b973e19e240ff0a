using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Account;

public sealed class LanguageModelTests
{
    [Fact]
    public async Task Post_SwitchesToEnglishAndRemembersItForTheUser_WhenSignedIn()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Clerk);
        using var first = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(first, userName, DocArchiveApplication.Password)).Dispose();
        var before = await first.GetStringAsync(new Uri("/upload", UriKind.Relative));

        using var switched = await DocArchiveApplication.SwitchLanguageAsync(first, "en", "/upload");
        var after = await first.GetStringAsync(new Uri("/upload", UriKind.Relative));
        using var second = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(second, userName, DocArchiveApplication.Password)).Dispose();
        var elsewhere = await second.GetStringAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal("/upload", switched.Headers.Location?.OriginalString);
        Assert.Contains("Unggah pindaian", before, StringComparison.Ordinal);
        Assert.Contains("Upload scans", after, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", after, StringComparison.Ordinal);
        Assert.Contains("Upload scans", elsewhere, StringComparison.Ordinal);
    }
}
