using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Register.Statistics;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Statistics;

/// <summary>
/// The statistics page: foreign workers by nationality, employer and district, and the ends of their permits per month,
/// each as an SVG bar chart with its table. The largest groups are drawn; the JSON endpoint gives every group.
/// </summary>
public sealed class StatisticsModel(CatalogDbContext db, TimeProvider clock, UiText text) : PageModel
{
    /// <summary>The largest groups drawn per chart; the persons without a value are drawn besides.</summary>
    public const int Shown = 20;

    public WorkerStatistics Statistics { get; private set; } = null!;

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Statistics = await StatisticsEndpoints.ComputeAsync(db, clock, cancellationToken);
        Charts =
        [
            Groups("nationality", Statistics.ByNationality, c => text.Nationality(c.Key)),
            Groups("employer", Statistics.ByEmployer, c => c.Label),
            Groups("district", Statistics.ByDistrict, c => c.Label),
            new BarChart(
                "chart-expiry",
                text["stats.expiry.title"],
                text["stats.expiry.heading"],
                [
                    new ChartBar(text["stats.expiry.expired"], Statistics.PermitsExpired, Alert: true),
                    .. Statistics.PermitsEnding.Select(m => new ChartBar(UiText.Month(m.Month), m.Persons)),
                    new ChartBar(text["stats.expiry.later"], Statistics.PermitsEndingLater),
                ]),
        ];
    }

    private BarChart Groups(string name, IReadOnlyList<WorkerCount> counts, Func<WorkerCount, string?> label)
    {
        var known = counts.Where(c => c.Key is not null).ToList();
        var bars = known.Take(Shown)
            .Concat(counts.Where(c => c.Key is null))
            .Select(c => new ChartBar(c.Key is null ? text["stats.unknown"] : label(c) ?? c.Key, c.Persons));
        return new BarChart($"chart-{name}", text[$"stats.{name}.title"], text[$"stats.{name}.heading"], [.. bars], Math.Max(0, known.Count - Shown));
    }
}
