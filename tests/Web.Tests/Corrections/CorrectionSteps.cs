using System.Net;
using DocArchive.Fixtures;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Corrections;

/// <summary>What the correction tests do through the real host: upload a permit, correct a field by the form, read a document again.</summary>
internal static class CorrectionSteps
{
    /// <summary>
    /// A born-digital KITAS of WANG FANG (label fields, read at 95 % confidence), with a passport data page whose
    /// birth-date check digit is wrong when <paramref name="badCheckDigit"/> is set.
    /// </summary>
    public static byte[] Permit(string passportNumber, bool badCheckDigit = false)
    {
        var permit = FixturePage.FromLines(
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama Lengkap: WANG FANG",
            "Kewarganegaraan: Tiongkok",
            $"Nomor Paspor: {passportNumber}",
            "Tanggal Lahir: 03 Maret 1990",
            "Pemberi Kerja: PT Cahaya Makmur Minerals",
            "Jabatan: Geologist",
            "Berlaku s/d: 30 Juni 2026");
        return badCheckDigit
            ? FixtureDocument.TextPdf(permit, FixturePage.FromLines(
                "REPUBLIC OF UTOPIA  PASSPORT",
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408123F1204159ZE184226B<<<<<10"))
            : FixtureDocument.TextPdf(permit);
    }

    /// <summary>Uploads the file and waits until it is done and searchable.</summary>
    public static async Task<Guid> UploadAsync(HttpClient client, string name, byte[] file)
    {
        var id = Assert.NotNull((await DocArchiveApplication.UploadAsync(client, (name, file))).Documents[0].DocumentId);
        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        return id;
    }

    /// <summary>Posts the document page's correction form for one field, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string key, string value)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(client, $"/documents/{id}");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = key,
            ["value"] = value,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri($"/documents/{id}/correct", UriKind.Relative), form);
    }

    /// <summary>Posts a correction that must be stored: the answer returns to the document page at the field.</summary>
    public static async Task CorrectAsync(HttpClient client, Guid id, string key, string value)
    {
        using var response = await PostAsync(client, id, key, value);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/documents/{id}#{DocArchive.Web.Corrections.FieldAnchor.Of(key)}", response.Headers.Location?.OriginalString);
    }

    /// <summary>Reads the document again from its original, as the ingest job does for a queued document.</summary>
    public static async Task ReadAgainAsync(DocArchiveApplication app, HttpClient client, Guid id)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Queued)
                .SetProperty(d => d.IndexedAt, (DateTimeOffset?)null));
            scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>().Enqueue<IngestJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        Assert.Equal(DocumentStatus.Done, (await DocArchiveApplication.WaitUntilFinishedAsync(client, id)).Status);
    }

    /// <summary>Searches until the document is found (the index job runs after the correction), or fails after a minute.</summary>
    public static async Task<string> SearchUntilFoundAsync(HttpClient client, string query, Guid id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var json = await client.GetStringAsync(new Uri($"/api/search?q={Uri.EscapeDataString(query)}", UriKind.Relative), timeout.Token);
            if (json.Contains(id.ToString(), StringComparison.Ordinal))
            {
                return json;
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    public static async Task<T> QueryAsync<T>(DocArchiveApplication app, Func<CatalogDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
    }
}
