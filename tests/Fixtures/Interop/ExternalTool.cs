using System.Diagnostics;
using System.ComponentModel;

namespace DocArchive.Fixtures.Interop;

/// <summary>Runs a Debian command-line tool (pdftoppm, qpdf) and returns what it wrote to standard output.</summary>
internal static class ExternalTool
{
    public static byte[] Run(string fileName, IEnumerable<string> arguments, byte[]? input = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new FixtureException($"{fileName} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new FixtureException($"{fileName} is not installed (scripts/setup.sh --test installs it).", e);
        }

        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }

            copy.GetAwaiter().GetResult();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new FixtureException($"{fileName} exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
            }

            return output.ToArray();
        }
    }
}
