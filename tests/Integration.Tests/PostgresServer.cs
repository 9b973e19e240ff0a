namespace DocArchive.Integration.Tests;

/// <summary>The PostgreSQL test server that <c>scripts/with-postgres.sh</c> started, which a test may restart.</summary>
internal static class PostgresServer
{
    /// <summary>Stops the server at once, as a crash would (no shutdown checkpoint), and starts it again on the same port.</summary>
    public static async Task CrashAndRestartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("DOCARCHIVE_TEST_PG_BIN")
            ?? throw new InvalidOperationException("DOCARCHIVE_TEST_PG_BIN is not set: run through scripts/with-postgres.sh.");
        var data = Environment.GetEnvironmentVariable("DOCARCHIVE_TEST_PG_DATA")
            ?? throw new InvalidOperationException("DOCARCHIVE_TEST_PG_DATA is not set: run through scripts/with-postgres.sh.");
        // The server's output goes to the log beside its data, as at its first start: on the pipe it would keep the pipe open.
        var log = Path.Combine(Path.GetDirectoryName(data)!, "log");
        string[] restart = [Path.Combine(bin, "pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "restart", "-m", "immediate"];

        // initdb and pg_ctl refuse to run as root: with-postgres.sh runs the server as the postgres user.
        string[] command = Environment.UserName == "root" ? ["runuser", "-u", "postgres", "--", .. restart] : restart;
        var (exitCode, output) = await Cluster.RunAsync(command[0], command[1..]);
        Assert.True(exitCode == 0, $"pg_ctl restart failed: {output}");
    }
}
