using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Reading;

/// <summary>Checks at start-up what the OCR workers need, so a wrong tessdata path fails at boot and not at the first job.</summary>
internal sealed class OcrOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var languages = options.Languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (languages.Length == 0)
        {
            failures.Add("Ingest:Languages is empty: name at least one Tesseract language, e.g. 'ind+eng'.");
        }

        if (!Directory.Exists(options.TessdataPath))
        {
            failures.Add($"Ingest:TessdataPath '{Path.GetFullPath(options.TessdataPath)}' does not exist.");
        }
        else
        {
            failures.AddRange(languages
                .Where(l => !File.Exists(Path.Combine(options.TessdataPath, $"{l}.traineddata")))
                .Select(l => $"Ingest:TessdataPath '{Path.GetFullPath(options.TessdataPath)}' has no {l}.traineddata."));
        }

        if (options.OcrWorkers < 1)
        {
            failures.Add($"Ingest:OcrWorkers is {options.OcrWorkers}: at least one worker is needed.");
        }

        if (options.PageTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Ingest:PageTimeout is {options.PageTimeout}: it must be positive.");
        }

        if (options.MaxPages < 1)
        {
            failures.Add($"Ingest:MaxPages is {options.MaxPages}: a document must be allowed at least one page.");
        }

        if (options.MaxPagePixels < 1 || options.RenderDpi < 1)
        {
            failures.Add("Ingest:MaxPagePixels and Ingest:RenderDpi must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
