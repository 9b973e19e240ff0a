using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Register.Reconciliation;
using DocArchive.Web.Accounts;
using DocArchive.Web.Audit;
using DocArchive.Web.Export;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Reconciliation;

/// <summary>
/// The reconciliation register: as of a day, per district and employer, the foreign workers known beside each source's
/// count, the differences by type, the last 24 months as a chart, and the findings most urgent first. Every number links
/// to the list behind it (<c>list=</c> a source, or <c>finding=</c> a code), which analysts export as CSV or XLSX
/// (<c>handler=file</c>, audited).
/// </summary>
public sealed class ReconciliationModel(
    ReconciliationRegister register, AuditLog audit, UiText text, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    /// <summary>The findings the overview lists; the list of a code gives them all.</summary>
    public const int FindingsShown = ReconciliationQuery.UrgentListed;

    /// <summary>The persons a list shows; its export gives them all.</summary>
    public const int PersonsShown = 500;

    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true, Name = "district")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "employer")]
    public string? Employer { get; set; }

    [BindProperty(SupportsGet = true, Name = "months")]
    public string? Months { get; set; }

    [BindProperty(SupportsGet = true, Name = "list")]
    public string? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "finding")]
    public string? Finding { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public ExportFormat Format { get; set; } = ExportFormat.Csv;

    public ReconciliationRequest Asked => new(AsOf, District, Employer, Months);

    /// <summary>The day the register is taken on.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>The register; null for the list of a source.</summary>
    public Ingest.Register.Reconciliation.Reconciliation? Register { get; private set; }

    /// <summary>The source whose persons are listed, when a list is asked for.</summary>
    public ReconciliationSource? Source { get; private set; }

    public IReadOnlyList<RegisterPerson> Persons { get; private set; } = [];

    /// <summary>The findings of <see cref="Finding"/>, when they are asked for.</summary>
    public IReadOnlyList<ReconciliationFinding> Findings { get; private set; } = [];

    /// <summary>What is wrong with the request, in the interface's language.</summary>
    public string? Error { get; private set; }

    public bool MayExport { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ArchivePolicies.Export)).Succeeded)
        {
            await audit.AppendRefusalAsync(HttpContext, RefusalReason.Roles);
            return Forbid();
        }

        if (!await LoadAsync(cancellationToken) || (Source is null && !FindingCodes.IsKnown(Finding)))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var what = Source is { } source ? $"persons {ReconciliationLists.Name(source)}" : $"findings {Finding}";
        await audit.AppendAsync(HttpContext, AuditAction.Export, $"reconciliation {what} {Format.ToString().ToLowerInvariant()}: {Asked.Link("")}", cancellationToken);
        var name = ExportFile.BaseName(text["rec.file"], $"{Source?.ToString() ?? Finding} {District} {Employer}", Day);
        return Source is null
            ? ExportFile.Download(name, Format, ReconciliationLists.FindingHeader, Findings.Select(ReconciliationLists.Row).ToAsyncEnumerable())
            : ExportFile.Download(name, Format, ReconciliationLists.PersonHeader, Persons.Select(ReconciliationLists.Row).ToAsyncEnumerable());
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        MayExport = (await authorization.AuthorizeAsync(User, ArchivePolicies.Export)).Succeeded;
        if (Asked.ToQuery(out var error) is not { } query)
        {
            Error = text[error!];
            return false;
        }

        Day = query.AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (ReconciliationLists.TryParseSource(List, out var source))
        {
            Source = source;
            Persons = await register.ListAsync(query with { AsOf = Day }, source, cancellationToken);
            return true;
        }

        var code = FindingCodes.IsKnown(Finding) ? Finding : null;
        Register = await register.ComputeAsync(query with { AsOf = Day, Finding = code, Listed = code is null ? FindingsShown : int.MaxValue }, cancellationToken);
        Findings = code is null ? [] : Register.Findings;

        return true;
    }
}
