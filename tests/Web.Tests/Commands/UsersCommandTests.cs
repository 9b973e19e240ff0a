using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Web.Accounts;
using DocArchive.Web.Commands;

namespace DocArchive.Web.Tests.Commands;

public sealed class UsersCommandTests
{
    [Fact]
    public async Task Add_CreatesAnAdminWhoCanSignIn_WhenThePasswordComesFromStandardInputAndNoTraineddataIsThere()
    {
        await using var app = new DocArchiveApplication();
        using var output = new StringWriter();

        var code = await UsersCommand.RunAsync(
            ["add", "kepala", "--role", "admin", "--data-dir", app.DataDir, "--DocArchive:Ingest:TessdataPath", "/nonexistent/tessdata"], new StringReader(DocArchiveApplication.Password + "\n"), output, CancellationToken.None);
        using var list = new StringWriter();
        await UsersCommand.RunAsync(["list", "--data-dir", app.DataDir, "--DocArchive:Ingest:TessdataPath", "/nonexistent/tessdata"], new StringReader(""), list, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("kepala\tadmin", list.ToString(), StringComparison.Ordinal);
        using var client = app.CreateAnonymousClient();
        using var signIn = await DocArchiveApplication.SignInAsync(client, "kepala", DocArchiveApplication.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task Unlock_LetsALockedOutAdminSignInAtOnce()
    {
        await using var app = new DocArchiveApplication();
        var admin = await app.CreateUserAsync(ArchiveRoles.Admin);
        using var client = app.CreateAnonymousClient();
        for (var i = 0; i < ArchiveIdentity.MaxFailedSignIns; i++)
        {
            (await DocArchiveApplication.SignInAsync(client, admin, "someone else guessing")).Dispose();
        }

        using var locked = await DocArchiveApplication.SignInAsync(client, admin, DocArchiveApplication.Password);
        using var output = new StringWriter();
        var code = await UsersCommand.RunAsync(["unlock", admin, "--data-dir", app.DataDir], new StringReader(""), output, CancellationToken.None);
        using var unlocked = await DocArchiveApplication.SignInAsync(client, admin, DocArchiveApplication.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(0, code);
        Assert.Contains($"User {admin} unlocked", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
    }

    [Fact]
    public async Task Unlock_SaysSo_WhenThereIsNoSuchUser()
    {
        await using var app = new DocArchiveApplication();
        using var output = new StringWriter();

        var code = await UsersCommand.RunAsync(["unlock", "nobody", "--data-dir", app.DataDir], new StringReader(""), output, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal("There is no user nobody.", output.ToString().Trim());
    }

    [Fact]
    public async Task Add_FailsWithTheReason_WhenThePasswordIsTooShort()
    {
        var dataDir = Directory.CreateTempSubdirectory("docarchive-users-").FullName;
        try
        {
            using var output = new StringWriter();

            var code = await UsersCommand.RunAsync(["add", "kepala", "--role", "admin", "--data-dir", dataDir, "--DocArchive:Ingest:TessdataPath", DocArchiveApplication.TessdataPath], new StringReader("short\n"), output, CancellationToken.None);

            Assert.Equal(1, code);
            Assert.Contains("at least 12 characters", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Add_PrintsUsage_WhenNoRoleIsGiven()
    {
        using var output = new StringWriter();

        var code = await UsersCommand.RunAsync(["add", "kepala"], new StringReader(""), output, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.StartsWith("usage:", output.ToString(), StringComparison.Ordinal);
    }
}
