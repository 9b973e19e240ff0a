using System.Reflection;

namespace DocArchive.Ingest.Reading;

/// <summary>How to start a worker: the same executable with the <c>ocr-worker</c> verb, or <c>dotnet docarchive.dll ocr-worker</c>.</summary>
internal sealed record OcrWorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    public const string Verb = "ocr-worker";

    public static OcrWorkerLaunch Resolve(string? configuredPath)
    {
        var program = configuredPath;
        if (string.IsNullOrEmpty(program))
        {
            var current = Environment.ProcessPath ?? throw new OcrException("The running executable is unknown: set the OCR worker path.");
            program = IsDotnetHost(current) ? Assembly.GetEntryAssembly()?.Location ?? current : current;
        }

        return program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new OcrWorkerLaunch(DotnetHost(), [Path.GetFullPath(program), Verb])
            : new OcrWorkerLaunch(Path.GetFullPath(program), [Verb]);
    }

    private static bool IsDotnetHost(string path) => string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.Ordinal);

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && IsDotnetHost(current))
        {
            return current;
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(host) ? "dotnet" : host;
    }
}
