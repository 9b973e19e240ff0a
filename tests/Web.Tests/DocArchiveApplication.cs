using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocArchive.Web.Documents;
using DocArchive.Web.Upload;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DocArchive.Web.Tests;

/// <summary>The real web host in-process, with a data directory of its own that is deleted afterwards.</summary>
public sealed class DocArchiveApplication(long? maxUploadBytes = null) : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string DataDir { get; } = Directory.CreateTempSubdirectory("docarchive-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DocArchive:DataDir", DataDir);
        builder.UseSetting("DocArchive:Ingest:OcrWorkers", "2");
        builder.UseSetting("DocArchive:Ingest:OcrWorkerPath", Path.Combine(AppContext.BaseDirectory, "docarchive.dll"));
        builder.UseSetting("DocArchive:Ingest:TessdataPath", Path.Combine(RepositoryRoot(), "tessdata"));
        if (maxUploadBytes is { } limit)
        {
            builder.UseSetting("DocArchive:Web:MaxUploadBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
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

    /// <summary>Polls the API until the document is failed, or done and searchable.</summary>
    public static async Task<DocumentResponse> WaitUntilFinishedAsync(HttpClient client, Guid id)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        while (true)
        {
            var document = (await client.GetFromJsonAsync<DocumentResponse>($"/api/documents/{id}", Json, timeout.Token))!;
            if (document.Status == Ingest.Catalog.DocumentStatus.Failed || document.Searchable)
            {
                return document;
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DocArchive.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("The repository root (DocArchive.sln) is not above the test binaries.");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDir, recursive: true);
    }
}
