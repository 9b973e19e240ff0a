using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class FilterQueriesTests(ArchiveIndex archive) : IClassFixture<ArchiveIndex>
{
    public static TheoryData<string, string[]> Filtered => new()
    {
        { "type:permit", ["ZhangPermit", "ZhangOldPermit", "KumarPermit", "WangPermit"] },
        { "sinar -type:permit", ["Report", "Rptka"] },
        { "nationality:IND", ["KumarPermit"] },
        { "nationality:kor", ["Report"] },
        { "nationality:india", ["KumarPermit"] },
        { "nationality:Indian", ["KumarPermit"] },
        { "nationality:china", ["ZhangPermit", "ZhangOldPermit", "Report", "WangPermit"] },
        { "nationality:Tiongkok", ["ZhangPermit", "ZhangOldPermit", "Report", "WangPermit"] },
        { "nationality:\"korea selatan\"", ["Report"] },
        { "nationality:\"South Korea\"", ["Report"] },
        { "employer:\"sinar batu\"", ["ZhangPermit", "ZhangOldPermit", "Report", "Rptka"] },
        { "expires<2024-01-01", ["ZhangOldPermit"] },
        { "expires<=2023-01-09", ["ZhangOldPermit"] },
        { $"expires>{ArchiveIndex.Today.AddDays(300):yyyy-MM-dd}", ["Report"] },
        { $"expires>={ArchiveIndex.Today.AddDays(400):yyyy-MM-dd}", ["Report"] },
        { "expired:yes", ["ZhangOldPermit", "Report", "KumarPermit", "WangPermit"] },
        { "expired:no", ["ZhangPermit", "Report"] },
        { "uploaded>2025-01-01", ["Report", "KumarPermit"] },
        { "uploaded<2023-01-01", ["ZhangOldPermit"] },
        { "year:2024", ["ZhangPermit", "Rptka", "WangPermit"] },
        { "nationality:CHN expired:yes", ["ZhangOldPermit", "Report", "WangPermit"] },
        { "nationality:KOR expired:yes", [] },
        { "wei type:permit year:2024", ["ZhangPermit", "WangPermit"] },
    };

    [Theory]
    [MemberData(nameof(Filtered))]
    public void Search_FindsExactlyTheDocumentsThatPass_WhenFiltered(string query, string[] expected)
    {
        var found = archive.Index.Find(query).Documents.Select(d => d.DocumentId).ToHashSet();

        Assert.Equal(expected.Select(Id).ToHashSet(), found);
    }

    [Theory]
    [InlineData("type:visa", "type: takes one of permit, rptka")]
    [InlineData("nationality:atlantis", "nationality: takes a country, its people or its three-letter code")]
    [InlineData("nationality:XYZ", "(not 'XYZ')")]
    [InlineData("expires<tomorrow", "expires takes a date written like 2026-01-01")]
    [InlineData("uploaded>31-12-2025", "uploaded takes a date")]
    [InlineData("expired:maybe", "expired: takes yes or no")]
    [InlineData("year:24", "year: takes a year")]
    [InlineData("employer:\"PT\"", "employer: takes a company name")]
    [InlineData("type>permit", "type is written type:value")]
    public void Search_ThrowsWithTheReason_WhenAFilterValueCannotBeMeant(string query, string reason)
    {
        var error = Assert.Throws<InvalidSearchQueryException>(() => archive.Index.Find(query));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private Guid Id(string name) => (Guid)typeof(ArchiveIndex).GetProperty(name)!.GetValue(archive)!;
}
