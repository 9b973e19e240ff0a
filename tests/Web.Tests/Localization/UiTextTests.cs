using System.Globalization;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Register.Reconciliation;
using DocArchive.Search.Querying;
using DocArchive.Web.Export;
using DocArchive.Web.Localization;
using DocArchive.Web.Reconciliation;
using DocArchive.Web.Search;

namespace DocArchive.Web.Tests.Localization;

public sealed partial class UiTextTests
{
    private static readonly UiText Text = new();

    /// <summary>Words written alike in Bahasa Indonesia and English.</summary>
    private static readonly HashSet<string> SameInBoth = new(["admin", "Status", "OCR", "MRZ", "label", "Email", "DocArchive", "Menu", "JavaScript", "RPTKA"], StringComparer.Ordinal);

    [Theory]
    [InlineData("id", "31 Des 2025")]
    [InlineData("en", "31 Dec 2025")]
    public void Date_WritesTheMonthAsPeopleDo_InEachLanguage(string language, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.Equal(expected, UiText.Date(new DateTimeOffset(2025, 12, 31, 10, 0, 0, TimeSpan.Zero)));
            Assert.Equal(expected, UiText.Date(new DateOnly(2025, 12, 31)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Get_ReturnsTheTextOfTheLanguage_WhenBothExist()
    {
        Assert.Equal("Keluar", Text.Get("nav.signout", CultureInfo.GetCultureInfo("id")));
        Assert.Equal("Sign out", Text.Get("nav.signout", CultureInfo.GetCultureInfo("en")));
        Assert.Throws<KeyNotFoundException>(() => Text.Get("no.such.text", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Keys_CoverEveryTextThePagesAskFor()
    {
        var source = Path.Combine(Path.GetDirectoryName(DocArchiveApplication.TessdataPath)!, "src", "Web");
        var asked = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(ArchiveRoles.All.Select(r => $"role.{r}"))
            .Concat(Enum.GetNames<DocumentStatus>().Select(s => $"status.{s.ToLowerInvariant()}").Append("status.indexing"))
            .Concat(Enum.GetNames<AuditAction>().Select(a => $"audit.action.{a}"))
            .Concat(Enum.GetValues<ReconciliationSource>().Select(ReconciliationLists.Name)
                .SelectMany(s => new[] { $"rec.source.{s}", $"rec.source.{s}.short", $"rec.source.{s}.means" }))
            .Concat(FindingCodes.ByUrgency.SelectMany(c => new[] { $"rec.code.{c}", $"rec.code.{c}.means" }))
            .Concat(new[] { "rec.invalid.date", "rec.invalid.months", "rec.invalid.district" })
            .Concat(ArchiveRoles.All.Select(r => $"role.{r}.description"))
            .Concat(ReadFailures.All.Select(ReadFailureText.Key))
            .Concat(ActiveContentCodes.Of(ActiveContent.JavaScript | ActiveContent.Launch | ActiveContent.EmbeddedFiles).Select(c => $"activecontent.{c}"))
            .Concat(new[] { "documentNumber", "dateOfBirth", "expiry", "optional", "composite" }.Select(c => $"mrzcheck.{c}"))
            .Concat(Enum.GetNames<SearchProblem>().Select(p => $"search.problem.{p}"))
            .Concat(Enum.GetValues<SearchSort>().Select(s => $"search.sort.{SearchSorts.Name(s)}"))
            .Concat(Enum.GetNames<ReviewReason>().Select(r => $"review.reason.{r}"))
            .Concat(Enum.GetNames<ExportKind>().Select(k => $"export.kind.{k.ToLowerInvariant()}"))
            .Concat(FieldKey.PersonFields.Concat(FieldKey.DocumentFields).Append(FieldKeys.Finding).Select(f => $"field.{f}"))
            .Concat(new[] { FieldSources.Label, FieldSources.Table, FieldSources.Mrz, FieldSources.Pattern }.Select(s => $"source.{s}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(asked.Count > 50, $"only {asked.Count} texts found: is the source at {source}?");
        Assert.All(asked, key => Assert.Contains(key, Text.Keys));
    }

    [Fact]
    public void Keys_HaveTheirOwnTextInEachLanguage_ExceptWordsTheSameInBoth()
    {
        var indonesian = CultureInfo.GetCultureInfo("id");
        var english = CultureInfo.GetCultureInfo("en");

        var same = Text.Keys
            .Select(key => (Key: key, Indonesian: Text.Get(key, indonesian), English: Text.Get(key, english)))
            .Where(t => string.IsNullOrWhiteSpace(t.Indonesian) || string.IsNullOrWhiteSpace(t.English)
                || (t.Indonesian == t.English && !SameInBoth.Contains(t.Indonesian)))
            .Select(t => $"{t.Key}: {t.Indonesian}")
            .ToList();

        Assert.Empty(same);
    }

    /// <summary>A literal key given to the strings table: <c>T["nav.search"]</c>, <c>text["upload.limit", ...]</c>, <c>Error = "signin.failed"</c>.</summary>
    [GeneratedRegex("""(?:\b[Tt](?:ext)?\[|(?:Error|Done) = |AnswerAsync\([^;]*)"([a-z]+\.[a-z.A-Z]+)"[\],;)]""")]
    private static partial Regex TextKey();
}
