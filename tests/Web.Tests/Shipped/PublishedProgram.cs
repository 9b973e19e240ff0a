using System.Diagnostics;
using DocArchive.Fixtures;
using DocArchive.Tools.Commands;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// The program as <c>run.sh</c> serves it: <c>scripts/publish.sh</c>'s precompiled output in <c>build/docarchive</c>,
/// published once per test run (incrementally: seconds when <c>test.sh</c> or <c>run.sh</c> published it already), its
/// verbs and <c>serve</c> run as child processes of <c>dotnet</c>.
/// </summary>
internal sealed class PublishedProgram
{
    private static readonly Lazy<Task<PublishedProgram>> Published = new(PublishAsync);

    private PublishedProgram(string directory)
    {
        Directory = directory;
    }

    /// <summary>The folder <c>run.sh</c> serves from.</summary>
    public string Directory { get; }

    public string Program => Path.Combine(Directory, "docarchive.dll");

    /// <summary>Publishes the program, once for every test of the run.</summary>
    public static Task<PublishedProgram> GetAsync() => Published.Value;

    /// <summary>Starts <c>dotnet build/docarchive/docarchive.dll serve</c> in <paramref name="workingDirectory"/> and waits until it answers.</summary>
    public async Task<NodeProcess> ServeAsync(string workingDirectory, string dataDir, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var node = NodeProcess.Start(Program, workingDirectory, new Dictionary<string, string>(StringComparer.Ordinal) { ["data-dir"] = dataDir });
        try
        {
            await node.WaitUntilHealthyAsync(http, TimeSpan.FromMinutes(1), CancellationToken.None);
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary><c>users add NAME --role ROLE</c> in <paramref name="workingDirectory"/>, the password on standard input, as an admin types it.</summary>
    public async Task AddUserAsync(string workingDirectory, string dataDir, string name, string role, string password)
    {
        var (exitCode, output) = await RunAsync(NodeProcess.DotnetHost(), workingDirectory, [Program, "users", "add", name, "--role", role, "--data-dir", dataDir],
            password + "\n", TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"users add {name} --role {role} exited with {exitCode}:\n{output}");
    }

    private static async Task<PublishedProgram> PublishAsync()
    {
        var root = FixtureRepository.Root;
        var directory = Path.Combine(root, "build", "docarchive");
        var (exitCode, output) = await RunAsync("bash", root, [Path.Combine(root, "scripts", "publish.sh"), directory], null, TimeSpan.FromMinutes(10));
        Assert.True(exitCode == 0, $"scripts/publish.sh exited with {exitCode}:\n{output}");
        return new PublishedProgram(directory);
    }

    /// <summary>
    /// Runs a program to its end. A build started here gets none of the test run's MSBuild settings and leaves no build
    /// server behind: a server would hold the output pipe open, and this call (and the test run) would wait for it.
    /// </summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, string[] arguments, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"killed after {timeout}:\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
