using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Model;
using DocArchive.Tools.Commands;
using DocArchive.Web.Documents;
using DocArchive.Web.Upload;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// A running shipped program seeded as an office starts: one user of each role made with <c>users add</c>, then
/// <see cref="ShippedDocuments"/> uploaded through the API by the clerk and read to the end.
/// </summary>
internal sealed record ShippedArchive(Guid Permit, Guid Person)
{
    /// <summary>The user of each role, by role.</summary>
    public static readonly IReadOnlyDictionary<string, string> Users = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ArchiveRoles.Clerk] = "siti.arsip",
        [ArchiveRoles.Officer] = "budi.pengawas",
        [ArchiveRoles.Analyst] = "rina.analis",
        [ArchiveRoles.Admin] = "kepala",
    };

    /// <summary>Creates the user of each of <paramref name="roles"/> with the published program's <c>users add</c>, before it serves.</summary>
    public static async Task AddUsersAsync(PublishedProgram program, string workingDirectory, string dataDir, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in roles)
        {
            await program.AddUserAsync(workingDirectory, dataDir, Users[role], role, DocArchiveApplication.Password);
        }
    }

    /// <summary>Uploads the documents as the clerk, waits until each is done and searchable, and finds the permit's person as the officer.</summary>
    public static async Task<ShippedArchive> UploadAsync(NodeProcess node, HttpClient http, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(http);
        var clerk = await NodeSignIn.CookieAsync(http, node.Address, Users[ArchiveRoles.Clerk], DocArchiveApplication.Password, CancellationToken.None);
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in new ShippedDocuments(today).Files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var upload = await SendAsync(http, HttpMethod.Post, new Uri(node.Address, "/api/documents"), clerk, form);
        var ids = (await upload.Content.ReadFromJsonAsync<UploadResponse>(DocArchiveApplication.Json))!.Documents.Select(d => Assert.NotNull(d.DocumentId)).ToList();
        foreach (var id in ids)
        {
            var status = await WaitUntilFinishedAsync(http, new Uri(node.Address, $"/api/uploads/{id}"), clerk);
            Assert.True(status.Status == DocumentStatus.Done, $"{status.FileName} failed: {status.FailureReason}\n{node}");
        }

        var officer = await NodeSignIn.CookieAsync(http, node.Address, Users[ArchiveRoles.Officer], DocArchiveApplication.Password, CancellationToken.None);
        using var permit = await SendAsync(http, HttpMethod.Get, new Uri(node.Address, $"/api/documents/{ids[0]}"), officer);
        var document = (await permit.Content.ReadFromJsonAsync<DocumentResponse>(DocArchiveApplication.Json))!;
        return new ShippedArchive(ids[0], Assert.Single(document.PersonIds));
    }

    private static async Task<UploadStatus> WaitUntilFinishedAsync(HttpClient http, Uri status, string cookie)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            using var response = await SendAsync(http, HttpMethod.Get, status, cookie);
            var upload = (await response.Content.ReadFromJsonAsync<UploadStatus>(DocArchiveApplication.Json, limit.Token))!;
            if (upload.Status == DocumentStatus.Failed || (upload.Status == DocumentStatus.Done && upload.Searchable))
            {
                return upload;
            }

            await Task.Delay(250, limit.Token);
        }
    }

    /// <summary>Sends a request with the session's cookies by hand (over plain http a cookie container keeps the secure sign-in cookie back) and its origin.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, Uri uri, string cookie, HttpContent? content = null)
    {
        using var request = NodeSignIn.Request(method, uri, cookie, content);
        var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {uri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
