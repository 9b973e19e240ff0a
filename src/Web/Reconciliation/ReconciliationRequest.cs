using System.Globalization;
using DocArchive.Ingest.Register.Reconciliation;

namespace DocArchive.Web.Reconciliation;

/// <summary>
/// The register's parameters as a request gives them (<c>asOf=2026-06-30&amp;district=Tanjabbar&amp;employer=...&amp;months=12</c>),
/// shared by the page, its exports and the API: blank means today, every district, every employer, 12 months.
/// </summary>
public sealed record ReconciliationRequest(string? AsOf, string? District, string? Employer, string? Months)
{
    /// <summary>The query asked for, or null with the strings-table key of what is wrong (<see cref="Problem"/> in English).</summary>
    public ReconciliationQuery? ToQuery(out string? error)
    {
        error = null;
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            if (!DateOnly.TryParseExact(AsOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error = "rec.invalid.date";
                return null;
            }

            day = parsed;
        }

        var months = ReconciliationQuery.DefaultMonths;
        if (!string.IsNullOrWhiteSpace(Months)
            && !(int.TryParse(Months, NumberStyles.None, CultureInfo.InvariantCulture, out months) && months is >= 1 and <= ReconciliationQuery.MaxMonths))
        {
            error = "rec.invalid.months";
            return null;
        }

        if (!ReconciliationRegister.IsDistrict(District))
        {
            error = "rec.invalid.district";
            return null;
        }

        return new ReconciliationQuery(day, Blank(District), Blank(Employer), months);
    }

    /// <summary>What an error key means, in English, for the API's problem details.</summary>
    public static string Problem(string error) => error switch
    {
        "rec.invalid.date" => "asOf must be a day written yyyy-MM-dd.",
        "rec.invalid.months" => string.Create(CultureInfo.InvariantCulture, $"months must be a whole number from 1 to {ReconciliationQuery.MaxMonths}."),
        _ => "district names no district the register knows.",
    };

    /// <summary>The query string of these parameters with <paramref name="extra"/> added, blank ones left out.</summary>
    public string Link(string path, params (string Name, string? Value)[] extra)
    {
        var parts = new (string Name, string? Value)[] { ("asOf", AsOf), ("district", District), ("employer", Employer), ("months", Months) }
            .Concat(extra)
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}");
        return string.Join('&', parts) is { Length: > 0 } query ? $"{path}?{query}" : path;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
