using Microsoft.Extensions.Options;

namespace DocArchive.Search;

/// <summary>Refuses search options that would fail later or break the two-second visibility promise.</summary>
internal sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.IndexPath))
        {
            failures.Add("DocArchive:Search:IndexPath is empty.");
        }

        if (options.RefreshInterval <= TimeSpan.Zero || options.RefreshInterval > TimeSpan.FromSeconds(2))
        {
            failures.Add($"DocArchive:Search:RefreshInterval must be above zero and at most 2 seconds (is {options.RefreshInterval}).");
        }

        if (options.CommitInterval <= TimeSpan.Zero)
        {
            failures.Add($"DocArchive:Search:CommitInterval must be above zero (is {options.CommitInterval}).");
        }

        if (options.RamBufferMegabytes is < 1 or > 2048)
        {
            failures.Add($"DocArchive:Search:RamBufferMegabytes must be between 1 and 2048 (is {options.RamBufferMegabytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
