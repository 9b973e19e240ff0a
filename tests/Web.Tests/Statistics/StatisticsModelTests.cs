using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Statistics;

public sealed partial class StatisticsModelTests
{
    private static readonly string[] IndonesianMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    [Fact]
    public async Task Get_DrawsEachCountAsABarWithItsTable_WhenWorkersAreCatalogued()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await StatisticsArchive.SeedAsync(app);

        var html = await analyst.GetStringAsync(new Uri("/statistics", UriKind.Relative));

        Assert.Equal(4, Svg().Count(html));
        var nationality = Chart(html, "chart-nationality");
        Assert.Equal([("Tiongkok (CHN)", "340", "2"), ("Korea Selatan (KOR)", "170", "1")], Bars(nationality));
        Assert.Contains("<th scope=\"row\">Tiongkok (CHN)</th><td class=\"num\">2</td>", nationality, StringComparison.Ordinal);
        var employer = Chart(html, "chart-employer");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", employer, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal([("Kota Jambi", "340", "2"), ("Tenggarong", "170", "1")], Bars(Chart(html, "chart-district")));
        var expiry = Bars(Chart(html, "chart-expiry"));
        Assert.Equal(14, expiry.Count);
        Assert.Equal(("sudah berakhir", "340", "1"), expiry[0]);
        Assert.Equal((Month(IndonesianMonths, StatisticsArchive.Today.AddMonths(2)), "340", "1"), expiry[3]);
        Assert.Equal(("lebih dari 12 bulan lagi", "0", "0"), expiry[^1]);
        Assert.Contains("1 orang tanpa tanggal berakhir izin", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WritesDatesAndMonthsInTheUsersLanguage_WhenEnglishIsChosen()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await StatisticsArchive.SeedAsync(app);
        var today = StatisticsArchive.Today;

        var indonesian = await analyst.GetStringAsync(new Uri("/statistics", UriKind.Relative));
        (await DocArchiveApplication.SwitchLanguageAsync(analyst, "en", "/statistics")).Dispose();
        var english = await analyst.GetStringAsync(new Uri("/statistics", UriKind.Relative));

        Assert.Contains($"per {today.Day} {IndonesianMonths[today.Month - 1]} {today.Year}.", indonesian, StringComparison.Ordinal);
        Assert.Contains($"as of {today.Day} {EnglishMonths[today.Month - 1]} {today.Year}.", english, StringComparison.Ordinal);
        var months = Bars(Chart(english, "chart-expiry"))[1..^1].Select(b => b.Label);
        Assert.Equal(Enumerable.Range(0, 12).Select(k => Month(EnglishMonths, today.AddMonths(k))), months);
        Assert.Contains("By nationality", english, StringComparison.Ordinal);
        Assert.Equal(["China (CHN)", "South Korea (KOR)"], Bars(Chart(english, "chart-nationality")).Select(b => b.Label));
    }

    private static string Month(string[] names, DateOnly day) => $"{names[day.Month - 1]} {day.Year}";

    /// <summary>The section of one chart, from its heading to the end of its table.</summary>
    private static string Chart(string html, string id)
    {
        var start = html.IndexOf($"aria-labelledby=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>Each bar of a chart's SVG: its label, the width of its rectangle and the number written beside it.</summary>
    private static List<(string Label, string Width, string Value)> Bars(string chart) =>
        [.. Bar().Matches(chart).Select(m => (m.Groups["label"].Value, m.Groups["width"].Value, m.Groups["value"].Value))];

    [GeneratedRegex("<svg xmlns=")]
    private static partial Regex Svg();

    [GeneratedRegex("""<text class="label"[^>]*>(?<label>[^<]*)</text>\s*<rect [^>]*width="(?<width>[^"]*)"[^>]*></rect>\s*<text class="value"[^>]*>(?<value>[^<]*)</text>""")]
    private static partial Regex Bar();
}
