using System.Globalization;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Model;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace DocArchive.Web.Admin;

/// <summary>
/// Names a list a user read, recorded as the path and query asked for (<c>/documents?status=Failed&amp;page=2</c>): the
/// documents list and the audit log by their filters in the reader's language (or <c>tanpa saringan</c>) and the page,
/// the review queue by its page.
/// </summary>
public static class ListTargets
{
    public static AuditTarget Describe(UiText text, AuditAction action, string target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        var query = QueryHelpers.ParseQuery(target.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? target[at..] : "");
        string Value(string name) => query.TryGetValue(name, out var value) ? value.ToString().Trim() : "";
        var page = text["search.page", int.TryParse(Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : 1];
        if (action == AuditAction.ReviewView)
        {
            return new AuditTarget(page);
        }

        string[] filters = action == AuditAction.DocumentListView
            ?
            [
                Enum.TryParse<DocumentStatus>(Value("status"), ignoreCase: true, out var status) ? text[$"status.{status.ToString().ToLowerInvariant()}"] : Value("status"),
                text.DocumentType(Value("type")),
            ]
            :
            [
                Named(text["audit.user"], Value("user")),
                Named(text["audit.action"], Enum.TryParse<AuditAction>(Value("action"), ignoreCase: true, out var filtered) ? text[$"audit.action.{filtered}"] : Value("action")),
                Named(text["audit.target"], Value("target")),
                Named(text["audit.from"], Moment(Value("from"), Value("fromtime"))),
                Named(text["audit.to"], Moment(Value("to"), Value("totime"))),
            ];
        var shown = string.Join(" · ", filters.Where(f => f.Length > 0));
        return new AuditTarget(shown.Length > 0 ? shown : text["audit.target.nofilter"], Detail: action == AuditAction.AuditExport ? null : page);
    }

    private static string Named(string label, string value) => value.Length > 0 ? $"{label}: {value}" : "";

    /// <summary>A day and time of the filter as the page shows times (<c>7 Des 2026 08.30</c>), as typed when it is not one.</summary>
    private static string Moment(string day, string time)
    {
        var shownDay = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? UiText.Date(date) : day;
        var shownTime = TimeOnly.TryParse(time, CultureInfo.InvariantCulture, out var clock) ? clock.ToString("HH:mm", CultureInfo.CurrentCulture) : time;
        return $"{shownDay} {shownTime}".Trim();
    }
}
