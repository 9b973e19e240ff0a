using System.Diagnostics;
using System.Text;

namespace DocArchive.Web.Tests.Commands;

/// <summary>An <c>import</c> process and what it has printed so far on standard output and standard error.</summary>
internal sealed class RunningImport : IDisposable
{
    private readonly StringBuilder text = new();

    public RunningImport(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }

    private void Append(string? line)
    {
        lock (text)
        {
            text.AppendLine(line);
        }
    }
}
