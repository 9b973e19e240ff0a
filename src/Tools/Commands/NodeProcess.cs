using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DocArchive.Tools.Commands;

/// <summary>
/// A <c>docarchive serve</c> process on a free local port, started from the running <c>docarchive.dll</c> or a published
/// one, its output kept line by line. Disposing kills it.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private NodeProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Every line the process wrote so far, standard output and error together.</summary>
    public IReadOnlyCollection<string> Lines => lines;

    /// <summary>Starts the node; <paramref name="settings"/> become <c>--key value</c> switches and environment variables.</summary>
    public static NodeProcess Start(string role, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Start(Path.Combine(AppContext.BaseDirectory, "docarchive.dll"), workingDirectory: null,
            new Dictionary<string, string>(settings, StringComparer.Ordinal) { ["role"] = role }, environment);
    }

    /// <summary>
    /// Starts <c>dotnet PROGRAM serve</c> in <paramref name="workingDirectory"/> (this process's when null), as
    /// <c>run.sh</c> starts a published program; <paramref name="settings"/> become <c>--key=value</c> switches.
    /// </summary>
    public static NodeProcess Start(string program, string? workingDirectory, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in (string[])[program, "serve", "--urls", address.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var node = new NodeProcess(process, address);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until the node answers <c>/health</c>.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The {Address} node exited with {process.ExitCode}:\n{string.Join('\n', lines.TakeLast(30))}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "/health"), limit.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, limit.Token);
        }
    }

    /// <summary>Stops the node as a service manager does (SIGTERM): it shuts down in order and commits the index.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (process.HasExited)
        {
            return;
        }

        using var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        await signal.WaitForExitAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Kills the process at once, as <c>kill -9</c> does: no shutdown, no cleanup.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The <c>dotnet</c> host running this process, which also runs the nodes.</summary>
    public static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : "dotnet";
    }

    /// <summary>The node's address and last lines, for a failure message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"node {Address} (pid {process.Id}):\n{string.Join('\n', lines.TakeLast(40))}");
}
