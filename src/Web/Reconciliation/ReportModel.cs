using DocArchive.Ingest.Register.Reconciliation;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Reconciliation;

/// <summary>
/// The register as a meeting report to print: one page per district (or the one asked for) with its counts per source,
/// its differences by type and its <see cref="Urgent"/> most urgent findings, overstay signals first; each page says the
/// day, the office and who printed it when. Opening it is recorded in the audit log.
/// </summary>
public sealed class ReportModel(ReconciliationRegister register, UiText text, TimeProvider clock, IOptions<WebOptions> options) : PageModel
{
    /// <summary>The findings each page lists.</summary>
    public const int Urgent = 20;

    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true, Name = "district")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "employer")]
    public string? Employer { get; set; }

    [BindProperty(SupportsGet = true, Name = "months")]
    public string? Months { get; set; }

    public Ingest.Register.Reconciliation.Reconciliation? Register { get; private set; }

    public IReadOnlyList<ReportPage> Pages { get; private set; } = [];

    public string? Office => options.Value.Office;

    public DateTimeOffset PrintedAt => clock.GetUtcNow();

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (new ReconciliationRequest(AsOf, District, Employer, Months).ToQuery(out var error) is not { } query)
        {
            Error = text[error!];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var computed = await register.ComputeAsync(query with { Listed = Urgent, ListedPerDistrict = true }, cancellationToken);
        Register = computed;
        Pages = [.. computed.ByDistrict
            .Where(r => r.Counts.Known > 0 || r.Counts.Findings > 0)
            .Select(row =>
            {
                var counts = computed.DistrictFindings.Where(c => c.District == row.Key).ToList();
                return new ReportPage(
                    row,
                    [.. FindingCodes.ByUrgency.Select(code => counts.FirstOrDefault(c => c.Count.Code == code)?.Count ?? new FindingCount(code, 0, 0))],
                    [.. computed.Findings.Where(f => f.District == row.Key)]);
            })];
    }
}
