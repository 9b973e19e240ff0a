using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class LuceneDocumentSearchTests
{
    [Theory]
    [InlineData("pemeriksaan", "Tim gabungan memeriksa paspor dan izin tinggal.")]
    [InlineData("pemeriksaan", "Hasil pemeriksa lapangan terlampir.")]
    [InlineData("pekerjaan", "Tenaga kerja asing tersebut bekerja sebagai teknisi.")]
    [InlineData("mempekerjakan", "Perusahaan wajib melapor setiap pekerja asing.")]
    [InlineData("perizinan", "Izin tinggal terbatas masih berlaku.")]
    [InlineData("laporan", "Sponsor wajib melaporkan keberadaan orang asing.")]
    [InlineData("pengawasan", "Tim pengawas orang asing (Timpora) hadir.")]
    [InlineData("keimigrasian", "Kantor Imigrasi Kelas I Jambi.")]
    [InlineData("pertambangan", "Lokasi kerja di tambang batu bara.")]
    [InlineData("penggunaan", "Rencana menggunakan tenaga kerja asing.")]
    [InlineData("perusahaan", "Bidang usaha: pertambangan mineral.")]
    public async Task Search_FindsTheDocument_WhenTheWordSharesAnIndonesianStem(string query, string text)
    {
        using var index = new TempIndex();
        var document = await index.AddAsync(text);
        await index.AddAsync("Dokumen lain tanpa kata yang dicari.");

        Assert.Equal([document.Id], index.Ids(query));
    }

    [Theory]
    [InlineData("CAFÉ résumé", "Dokumen dari cafe dengan resume pekerja")]
    [InlineData("cafe resume", "DOKUMEN DARI CAFÉ DENGAN RÉSUMÉ PEKERJA")]
    [InlineData("sao paulo", "Lahir di São Paulo, Brasil")]
    public async Task Search_FindsTheDocument_WhenCaseAndAccentsDiffer(string query, string text)
    {
        using var index = new TempIndex();
        var document = await index.AddAsync(text);

        Assert.Equal([document.Id], index.Ids(query));
    }

    [Theory]
    [InlineData("permit", "Work permits of the foreign workers")]
    [InlineData("worker inspection", "The workers were inspected on site")]
    [InlineData("companies", "The company's employees")]
    [InlineData("expiring", "Permit expires on 31 December 2025")]
    public async Task Search_FindsTheDocument_WhenTheWordSharesAnEnglishStem(string query, string text)
    {
        using var index = new TempIndex();
        var document = await index.AddAsync(text);
        await index.AddAsync("Surat keterangan domisili");

        Assert.Equal([document.Id], index.Ids(query));
    }

    [Fact]
    public async Task Search_RanksTheExactWordFirst_WhenOthersOnlyShareItsStem()
    {
        using var index = new TempIndex();
        await index.AddAsync("Warga asing itu bekerja di kantor pusat.");
        var exact = await index.AddAsync("Jenis pekerjaan: teknisi.");

        Assert.Equal(exact.Id, index.Ids("pekerjaan")[0]);
    }

    [Fact]
    public async Task Search_RequiresEveryWord_WhenTheyAreOnDifferentPages()
    {
        using var index = new TempIndex();
        var both = await index.AddAsync("Nama: ZHANG WEI", "Sponsor: PT Sinar Batu Mining");
        await index.AddAsync("Nama: ZHANG WEI", "Sponsor: PT Cahaya Makmur");

        Assert.Equal([both.Id], index.Ids("zhang sinar"));
    }

    [Fact]
    public async Task Search_MatchesAPhrase_OnlyWhenItsWordsStandTogether()
    {
        using var index = new TempIndex();
        var phrase = await index.AddAsync("Pemegang izin tinggal terbatas.");
        await index.AddAsync("Tempat tinggal sesuai izin usaha.");

        Assert.Equal([phrase.Id], index.Ids("\"izin tinggal\""));
        Assert.Equal(2, index.Find("izin tinggal").TotalDocuments);
    }

    [Fact]
    public async Task Search_DoesNotJoinAPhrase_AcrossAPageBreak()
    {
        using var index = new TempIndex();
        await index.AddAsync("Perihal: izin", "tinggal di mes karyawan");

        Assert.Empty(index.Ids("\"izin tinggal\""));
    }

    [Fact]
    public async Task Search_LeavesOutDocuments_WithAnExcludedWord()
    {
        using var index = new TempIndex();
        var kept = await index.AddAsync("Temuan: sesuai");
        await index.AddAsync("Temuan: overstay");

        Assert.Equal([kept.Id], index.Ids("temuan -overstay"));
    }

    [Fact]
    public async Task Search_ReturnsTheMatchingPageAndAHighlightedSnippet()
    {
        using var index = new TempIndex();
        var document = await index.AddAsync(
            "Halaman pertama berisi kop surat.",
            "Nomor paspor E12345678 atas nama ZHANG WEI.",
            "Halaman ketiga berisi tanda tangan.");

        var hit = Assert.Single(index.Find("E12345678").Documents);

        Assert.Equal(document.Id, hit.DocumentId);
        Assert.Equal("scan.pdf", hit.FileName);
        Assert.Equal(2, hit.PageNumber);
        Assert.Contains("<mark>E12345678</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAll_ReturnsEveryDocumentFound_BeyondTheDeepestPageASearchReaches()
    {
        using var index = new TempIndex();
        var total = LuceneDocumentSearch.MaxResults + 150;
        await index.Index.IndexManyAsync(
            Enumerable.Range(0, total).Select(i => TempIndex.Document($"Laporan pemantauan nomor {i} di lokasi kerja.")), CancellationToken.None);

        var batches = index.Search.SearchAll("pemantauan", SearchSort.Relevance, LuceneDocumentSearch.MaxPageSize).ToList();

        Assert.Equal(total, batches.Sum(b => b.Count));
        Assert.All(batches.SkipLast(1), b => Assert.Equal(LuceneDocumentSearch.MaxPageSize, b.Count));
        Assert.Equal(total, batches.SelectMany(b => b).Select(h => h.DocumentId).Distinct().Count());
        Assert.Contains("<mark>pemantauan</mark>", batches[^1][^1].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CountsEverySegment_WhenTheIndexHoldsMany()
    {
        using var index = new TempIndex();
        for (var i = 0; i < 15; i++)
        {
            var document = TempIndex.Document($"Izin tinggal terbatas nomor {i}.") with { DocumentType = i % 3 == 0 ? "minutes" : "permit" };
            await index.Index.IndexAsync(document, CancellationToken.None);
        }

        var results = index.Find("izin", pageSize: 10);

        Assert.Equal(15, results.TotalDocuments);
        Assert.Equal(10, results.Documents.Select(h => h.DocumentId).Distinct().Count());
        Assert.Equal([("permit", 10), ("minutes", 5)], results.Facets.Types.Select(f => (f.Value, f.Count)));
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public async Task SearchAll_GivesTheHitsOfTheSearchPagesInTheirOrder(SearchSort sort)
    {
        using var index = new TempIndex();
        for (var i = 0; i < 25; i++)
        {
            await index.AddAsync(string.Join(' ', Enumerable.Repeat("izin tinggal", 1 + (i % 4))) + $" dokumen {i}");
        }

        var paged = Enumerable.Range(1, 3)
            .SelectMany(page => index.Search.Search(new SearchQuery("izin", page, 10, sort)).Documents)
            .Select(h => h.DocumentId);
        var all = index.Search.SearchAll("izin", sort, 7).SelectMany(b => b).Select(h => h.DocumentId);

        Assert.Equal(paged, all);
    }

    [Fact]
    public async Task Search_MarksExactlyTheWord_WhenEarlierPagesEndInSpacesPunctuationOrAreEmpty()
    {
        using var index = new TempIndex();
        await index.AddAsync("Halaman pertama café 😀.  \n", "", "Kedua — selesai!!  ", "Temuan: overstay di lokasi.");

        var hit = Assert.Single(index.Find("overstay").Documents);

        Assert.Equal(4, hit.PageNumber);
        Assert.Equal("Temuan: <mark>overstay</mark> di lokasi.", hit.SnippetHtml);
    }

    [Fact]
    public async Task Search_MarksTheWordAsWritten_WhenItMatchedThroughItsStem()
    {
        using var index = new TempIndex();
        await index.AddAsync("Petugas telah memeriksa dokumen.");

        var hit = Assert.Single(index.Find("pemeriksaan").Documents);

        Assert.Contains("<mark>memeriksa</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EscapesThePageText_WhenItContainsMarkup()
    {
        using var index = new TempIndex();
        await index.AddAsync("<script>alert('x')</script> paspor & visa <b>");

        var hit = Assert.Single(index.Find("paspor").Documents);

        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>paspor</mark> &amp; visa", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_KeepsTheSnippetShort_WhenThePageIsLong()
    {
        using var index = new TempIndex();
        var filler = string.Join(' ', Enumerable.Repeat("kalimat pengisi halaman", 200));
        await index.AddAsync($"{filler} overstay {filler}");

        var hit = Assert.Single(index.Find("overstay").Documents);

        Assert.Contains("<mark>overstay</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.InRange(hit.SnippetHtml.Length, 20, SnippetBuilder.FragmentSize + 40);
    }

    [Fact]
    public async Task Search_PagesThroughTheResults_WithTheTotalOfDocumentsMatched()
    {
        using var index = new TempIndex();
        await index.Index.IndexManyAsync(
            Enumerable.Range(0, 25).Select(i => TempIndex.Document($"notulen rapat koordinasi ke-{i}")), CancellationToken.None);

        var pages = Enumerable.Range(1, 3).Select(p => index.Find("notulen", p, 10)).ToList();

        Assert.All(pages, p => Assert.Equal(25, p.TotalDocuments));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Documents.Count));
        Assert.Equal(25, pages.SelectMany(p => p.Documents).Select(h => h.DocumentId).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-overstay")]
    [InlineData("!!! ???")]
    public void Search_ThrowsInvalidSearchQuery_WhenThereIsNothingToLookFor(string text)
    {
        using var index = new TempIndex();

        var error = Assert.Throws<InvalidSearchQueryException>(() => index.Find(text));

        Assert.Contains("search for", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 1000)]
    [InlineData(1000, 100)]
    public void Search_ThrowsInvalidSearchQuery_WhenThePageIsOutOfRange(int page, int pageSize)
    {
        using var index = new TempIndex();

        Assert.Throws<InvalidSearchQueryException>(() => index.Find("paspor", page, pageSize));
    }

    [Theory]
    [InlineData("\"izin tinggal")]
    [InlineData("paspor AND (visa OR")]
    [InlineData("nama:[zhang TO")]
    [InlineData("zhang~ wei* ^2 \\")]
    [InlineData("\"\"")]
    public async Task Search_AnswersWithoutError_WhenTheQueryHasStraySyntax(string text)
    {
        using var index = new TempIndex();
        await index.AddAsync("izin tinggal paspor and visa or to nama zhang wei 2");

        var results = index.Find(text.Replace("\"\"", "\"\" paspor", StringComparison.Ordinal));

        Assert.Equal(1, results.TotalDocuments);
    }

    [Fact]
    public async Task Search_OrdersByDateOrByExpiry_WhenAsked()
    {
        using var index = new TempIndex();
        var documents = new[] { (2024, 2025), (2022, 2023), (2025, 2024) }
            .Select(d => TempIndex.Document("KARTU IZIN TINGGAL TERBATAS") with
            {
                DocumentType = "permit",
                DocumentDate = new DateOnly(d.Item1, 1, 1),
                Persons = [new IndexedPerson("ZHANG WEI", PermitExpiry: new DateOnly(d.Item2, 6, 1))],
            })
            .Append(TempIndex.Document("KARTU IZIN TINGGAL TERBATAS") with { DocumentType = "permit", DocumentDate = new DateOnly(2023, 1, 1) })
            .ToList();
        await index.Index.IndexManyAsync(documents, CancellationToken.None);

        IEnumerable<int> Order(string text, SearchSort sort) =>
            index.Search.Search(new SearchQuery(text, Sort: sort)).Documents.Select(h => documents.FindIndex(d => d.Id == h.DocumentId));

        Assert.Equal([2, 0, 3, 1], Order("kartu", SearchSort.Date));
        Assert.Equal([1, 2, 0, 3], Order("kartu", SearchSort.Expiry));
        Assert.Equal([2, 0, 3, 1], Order("type:permit", SearchSort.Relevance));
    }

    [Fact]
    public async Task Search_ShowsWhatTheDocumentIs_BesideItsSnippet()
    {
        using var index = new TempIndex();
        var document = TempIndex.Document("Notulen rapat koordinasi") with { DocumentType = "minutes", DocumentDate = new DateOnly(2025, 3, 4), Employer = "PT Nusantara Baja" };
        await index.Index.IndexAsync(document, CancellationToken.None);

        var hit = Assert.Single(index.Find("notulen").Documents);

        Assert.Equal(("minutes", new DateOnly(2025, 3, 4), DateOnly.FromDateTime(DateTime.UnixEpoch), "PT Nusantara Baja"), (hit.DocumentType, hit.Date, hit.Uploaded, hit.Employer));
    }
}
