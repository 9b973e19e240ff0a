using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocArchive.Fixtures;
using DocArchive.Tools.Commands;
using DocArchive.Web.Accounts;
using DocArchive.Web.Documents;
using DocArchive.Web.Upload;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocArchive.Web.Tests;

/// <summary>The real web host in-process, with a data directory of its own that is deleted afterwards.</summary>
public sealed class DocArchiveApplication(
    long? maxUploadBytes = null,
    long? maxPagePixels = null,
    double? reviewConfidence = null,
    TimeProvider? clock = null,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    /// <summary>The header with which a browser says where a request comes from.</summary>
    public const string SecFetchSite = "Sec-Fetch-Site";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// One logger factory for every host of the test run, never disposed: Hangfire keeps the last host's factory in a
    /// process-wide provider, and a host still running must not log through a factory another host has disposed.
    /// </summary>
    private static readonly ILoggerFactory Loggers = LoggerFactory.Create(_ => { });

    public string DataDir { get; } = Directory.CreateTempSubdirectory("docarchive-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Loggers);
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
        builder.UseSetting("DocArchive:DataDir", DataDir);
        builder.UseSetting("DocArchive:Ingest:OcrWorkers", "2");
        builder.UseSetting("DocArchive:Ingest:OcrWorkerPath", Path.Combine(AppContext.BaseDirectory, "docarchive.dll"));
        builder.UseSetting("DocArchive:Ingest:TessdataPath", TessdataPath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (maxPagePixels is { } pixels)
        {
            builder.UseSetting("DocArchive:Ingest:MaxPagePixels", pixels.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (reviewConfidence is { } threshold)
        {
            builder.UseSetting("DocArchive:Web:ReviewConfidence", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (maxUploadBytes is { } limit)
        {
            builder.UseSetting("DocArchive:Web:MaxUploadBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The repository's traineddata, which the tests read with.</summary>
    public static string TessdataPath => Path.Combine(FixtureRepository.Root, "tessdata");

    /// <summary>
    /// A client on https (the sign-in cookie is secure) that follows no redirects and is signed out; its requests say
    /// <c>Sec-Fetch-Site: same-origin</c>, as a browser's on the archive's own pages do.
    /// </summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(SecFetchSite, "same-origin");
        return client;
    }

    /// <summary>Creates a user with the roles and returns a client signed in as that user through the sign-in form.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(params string[] roles)
    {
        var userName = await CreateUserAsync(roles);
        var client = CreateAnonymousClient();
        using var response = await SignInAsync(client, userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Creates a user with <see cref="Password"/> and the roles; returns the user name.</summary>
    public async Task<string> CreateUserAsync(params string[] roles)
    {
        var userName = $"user{Guid.NewGuid():N}"[..12];
        await using var scope = Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().CreateAsync(userName, Password, roles);
        Assert.Empty(errors);
        return userName;
    }

    /// <summary>Posts the sign-in form with the antiforgery token of a freshly loaded sign-in page.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/account/signin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri("/account/signin", UriKind.Relative), form);
    }

    /// <summary>Posts the header's language switch, as a user clicks ID or EN on <paramref name="returnUrl"/>.</summary>
    public static async Task<HttpResponseMessage> SwitchLanguageAsync(HttpClient client, string language, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, returnUrl);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri("/account/language", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return NodeSignIn.FormToken(html) ?? throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    public static async Task<UploadResponse> UploadAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var response = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadResponse>(Json))!;
    }

    /// <summary>Polls the API until the document is failed, or done and searchable (a document read again is searchable before it is done).</summary>
    public static async Task<DocumentResponse> WaitUntilFinishedAsync(HttpClient client, Guid? id)
    {
        ArgumentNullException.ThrowIfNull(client);
        Assert.NotNull(id);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        while (true)
        {
            var document = (await client.GetFromJsonAsync<DocumentResponse>($"/api/documents/{id}", Json, timeout.Token))!;
            if (document.Status == Ingest.Model.DocumentStatus.Failed || (document.Status == Ingest.Model.DocumentStatus.Done && document.Searchable))
            {
                return document;
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await DeleteDataDirAsync();
    }

    /// <summary>
    /// Deletes the data directory, again after a moment when a file appears in it meanwhile: a Lucene merge or an OCR
    /// worker's page image may still be finishing as the host stops.
    /// </summary>
    private async Task DeleteDataDirAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
