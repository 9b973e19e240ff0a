using System.Globalization;
using DocArchive.Ingest.Register.Watch;

namespace DocArchive.Web.Watch;

/// <summary>The window of the expiry watch, in days, as a request gives it: 30 unless asked otherwise, at most a year.</summary>
public static class WatchWindow
{
    public const int Default = 30;

    /// <summary>The windows the page offers.</summary>
    public static IReadOnlyList<int> Offered { get; } = [30, 60, 90];

    /// <summary>The window of a <c>days</c> parameter; false when it is not a whole number of days from 1 to <see cref="ExpiryWatch.MaxDays"/>.</summary>
    public static bool TryParse(string? days, out int window)
    {
        if (string.IsNullOrWhiteSpace(days))
        {
            window = Default;
            return true;
        }

        return int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out window) && window is >= 1 and <= ExpiryWatch.MaxDays;
    }

    /// <summary>Whether an <c>older</c> parameter asks for the permits that ended before the last <see cref="ExpiryWatch.RecentDays"/> days too.</summary>
    public static bool Older(string? older) => older is "1" or "true" or "yes";

    public static string Invalid(string? days) =>
        string.Create(CultureInfo.InvariantCulture, $"The window must be a whole number of days from 1 to {ExpiryWatch.MaxDays}, not '{days}'.");
}
